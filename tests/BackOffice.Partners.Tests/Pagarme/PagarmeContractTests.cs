using System.Net;
using System.Text;
using BackOffice.Application.Partners.Payments;
using BackOffice.Domain.Orders;
using BackOffice.Partners.Http;
using BackOffice.Partners.Pagarme;
using BackOffice.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static BackOffice.Partners.Tests.Support.RecordingHandler;

namespace BackOffice.Partners.Tests.Pagarme;

public sealed class PagarmeContractTests : IDisposable
{
    private const string Partner = "Pagarme";
    private readonly FakeTimeProvider _time = new(TestData.PayableFrom.AddMinutes(5));
    private readonly PartnerHost _host;

    public PagarmeContractTests() => _host = new PartnerHost(time: _time);

    private IPaymentGateway Gateway => _host.Get<IPaymentGateway>();

    [Fact]
    public async Task Creating_a_pix_charge_posts_the_order_with_basic_auth_and_the_idempotency_key()
    {
        _host.Network.On(HttpMethod.Post, "/orders", Sample(HttpStatusCode.OK, Partner, "order-pix.json"));
        var request = new ChargeRequest("SHOP-1001", PaymentMethod.Pix, 7490, TestData.Lines, TestData.Person, TestData.SaoPaulo, 1, TestData.PayableFrom, null);

        var charge = await Gateway.CreateChargeAsync(request, "charge-SHOP-1001", CancellationToken.None);

        var sent = Assert.Single(_host.Network.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://api.pagar.me/core/v5/orders", sent.Uri.ToString());
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("sk_test_123:")), sent.Header("Authorization"));
        Assert.Equal("charge-SHOP-1001", sent.Header("idempotency-key"));
        var body = sent.Json;
        PagarmeSdkModels.AssertOrderConforms(body);
        Assert.Equal("SHOP-1001", body.GetProperty("code").GetString());
        Assert.True(body.GetProperty("closed").GetBoolean());
        Assert.Equal(1250, body.GetProperty("items")[0].GetProperty("amount").GetInt64());
        Assert.Equal(2, body.GetProperty("items")[0].GetProperty("quantity").GetInt32());
        Assert.Equal("TSHIRT-M", body.GetProperty("items")[0].GetProperty("code").GetString());
        var payment = body.GetProperty("payments")[0];
        Assert.Equal("pix", payment.GetProperty("payment_method").GetString());
        Assert.Equal(7490, payment.GetProperty("amount").GetInt64());
        Assert.Equal(3600, payment.GetProperty("pix").GetProperty("expires_in").GetInt64());
        var customer = body.GetProperty("customer");
        Assert.Equal("12345678909", customer.GetProperty("document").GetString());
        Assert.Equal("CPF", customer.GetProperty("document_type").GetString());
        Assert.Equal("individual", customer.GetProperty("type").GetString());
        Assert.Equal("01310100", customer.GetProperty("address").GetProperty("zip_code").GetString());
        Assert.Equal("11", customer.GetProperty("phones").GetProperty("mobile_phone").GetProperty("area_code").GetString());

        Assert.Equal("or_56GXnk6T0eU88qMm", charge.GatewayOrderId);
        Assert.Equal("ch_pXbYkW7Hq9FmN2yD", charge.ChargeId);
        Assert.Equal("SHOP-1001", charge.OrderRef);
        Assert.Equal(PaymentMethod.Pix, charge.Method);
        Assert.Equal(ChargeStatus.Pending, charge.Status);
        Assert.Equal(7490, charge.AmountCents);
        Assert.StartsWith("00020101", charge.Instructions!.PixQrCode);
        Assert.EndsWith("qrcode?payment_method=pix", charge.Instructions.PixQrCodeUrl);
        Assert.Equal(DateTimeOffset.Parse("2024-05-02T14:10:41Z", System.Globalization.CultureInfo.InvariantCulture), charge.ExpiresAt);
    }

    [Fact]
    public async Task A_card_charge_the_hub_creates_carries_the_checkouts_card_token_and_authorizes_only()
    {
        _host.Network.On(HttpMethod.Post, "/orders", Sample(HttpStatusCode.OK, Partner, "order-pix.json"));
        var card = new PaymentCard("token_abc123", null, "411111", "1111", "MARIA SILVA");
        var request = new ChargeRequest("SHOP-1005", PaymentMethod.CreditCard, 7490, TestData.Lines, TestData.Person, TestData.SaoPaulo, 3, TestData.PayableFrom, null, card);

        await Gateway.CreateChargeAsync(request, "k", CancellationToken.None);

        var body = Assert.Single(_host.Network.Requests).Json;
        PagarmeSdkModels.AssertOrderConforms(body);
        var creditCard = body.GetProperty("payments")[0].GetProperty("credit_card");
        Assert.Equal("token_abc123", creditCard.GetProperty("card_token").GetString());
        Assert.False(creditCard.TryGetProperty("card_id", out _));
        Assert.False(creditCard.GetProperty("capture").GetBoolean());
        Assert.Equal(3, creditCard.GetProperty("installments").GetInt32());
    }

    [Fact]
    public async Task A_card_charge_with_a_saved_card_sends_its_card_id()
    {
        _host.Network.On(HttpMethod.Post, "/orders", Sample(HttpStatusCode.OK, Partner, "order-pix.json"));
        var request = new ChargeRequest(
            "SHOP-1006", PaymentMethod.CreditCard, 7490, TestData.Lines, TestData.Person, null, 1, TestData.PayableFrom, null, new PaymentCard(null, "card_xyz", null, null, null));

        await Gateway.CreateChargeAsync(request, "k", CancellationToken.None);

        Assert.Equal("card_xyz", _host.Network.Requests[0].Json.GetProperty("payments")[0].GetProperty("credit_card").GetProperty("card_id").GetString());
    }

    [Fact]
    public async Task A_card_charge_without_token_or_card_id_is_never_sent()
    {
        var request = new ChargeRequest("SHOP-1007", PaymentMethod.CreditCard, 7490, TestData.Lines, TestData.Person, null, 1, TestData.PayableFrom, null);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Gateway.CreateChargeAsync(request, "k", CancellationToken.None));

        Assert.Empty(_host.Network.Requests);
    }

    [Fact]
    public async Task A_retried_pix_creation_sends_the_same_body_whenever_it_runs()
    {
        _host.Network.Always(HttpMethod.Post, "/orders", Sample(HttpStatusCode.OK, Partner, "order-pix.json"));
        var request = new ChargeRequest(
            "SHOP-1008", PaymentMethod.Pix, 7490, TestData.Lines, TestData.Person, null, 1, TestData.PayableFrom, TestData.PayableFrom.AddMinutes(30));

        await Gateway.CreateChargeAsync(request, "SHOP-1008:create-charge", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(7));
        await Gateway.CreateChargeAsync(request, "SHOP-1008:create-charge", CancellationToken.None);

        var bodies = _host.Network.Requests.Select(sent => sent.Json.GetRawText()).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Equal(1800, _host.Network.Requests[0].Json.GetProperty("payments")[0].GetProperty("pix").GetProperty("expires_in").GetInt64());
    }

    [Fact]
    public async Task A_boleto_charge_carries_url_line_pdf_and_due_date()
    {
        _host.Network.On(HttpMethod.Post, "/orders", Sample(HttpStatusCode.OK, Partner, "order-boleto.json"));
        var due = new DateTimeOffset(2024, 5, 5, 23, 59, 59, TimeSpan.Zero);
        var request = new ChargeRequest("SHOP-1002", PaymentMethod.Boleto, 7490, TestData.Lines, TestData.Company, null, 1, TestData.PayableFrom, due);

        var charge = await Gateway.CreateChargeAsync(request, "charge-SHOP-1002", CancellationToken.None);

        var body = Assert.Single(_host.Network.Requests).Json;
        Assert.Equal("boleto", body.GetProperty("payments")[0].GetProperty("payment_method").GetString());
        Assert.Equal("2024-05-05T23:59:59+00:00", body.GetProperty("payments")[0].GetProperty("boleto").GetProperty("due_at").GetString());
        Assert.Equal("CNPJ", body.GetProperty("customer").GetProperty("document_type").GetString());
        Assert.Equal("company", body.GetProperty("customer").GetProperty("type").GetString());
        Assert.Equal(PaymentMethod.Boleto, charge.Method);
        Assert.Equal(ChargeStatus.Pending, charge.Status);
        Assert.EndsWith("/boleto", charge.Instructions!.BoletoUrl);
        Assert.EndsWith("/pdf", charge.Instructions.BoletoPdfUrl);
        Assert.Equal(47, charge.Instructions.BoletoLine!.Length);
        Assert.Equal(due, charge.ExpiresAt);
    }

    [Fact]
    public async Task When_shipping_makes_the_amount_differ_from_the_lines_one_summary_line_is_sent()
    {
        _host.Network.On(HttpMethod.Post, "/orders", Sample(HttpStatusCode.OK, Partner, "order-pix.json"));
        var request = new ChargeRequest("SHOP-1001", PaymentMethod.Pix, 8490, TestData.Lines, TestData.Person, null, 1, TestData.PayableFrom, null);

        await Gateway.CreateChargeAsync(request, "k", CancellationToken.None);

        var item = Assert.Single(_host.Network.Requests[0].Json.GetProperty("items").EnumerateArray());
        Assert.Equal(8490, item.GetProperty("amount").GetInt64());
        Assert.Equal(1, item.GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task The_checkout_charge_is_found_by_order_code_and_an_authorized_card_maps_to_Authorized()
    {
        _host.Network.On(HttpMethod.Get, "/orders", Sample(HttpStatusCode.OK, Partner, "orders-list.json"));

        var charge = await Gateway.FindChargeByOrderRefAsync("SHOP-1003", CancellationToken.None);

        var sent = Assert.Single(_host.Network.Requests);
        Assert.Equal("/core/v5/orders?code=SHOP-1003", sent.PathAndQuery);
        Assert.Null(sent.Header("idempotency-key"));
        Assert.NotNull(charge);
        Assert.Equal("ch_CaRd0AuTh0r1z3dX", charge.ChargeId);
        Assert.Equal("or_A1b2C3d4E5f6G7h8", charge.GatewayOrderId);
        Assert.Equal(PaymentMethod.CreditCard, charge.Method);
        Assert.Equal(ChargeStatus.Authorized, charge.Status);
        Assert.Null(charge.Instructions);
    }

    [Fact]
    public async Task No_order_for_the_code_means_no_charge()
    {
        _host.Network.On(HttpMethod.Get, "/orders", Sample(HttpStatusCode.OK, Partner, "orders-empty.json"));

        Assert.Null(await Gateway.FindChargeByOrderRefAsync("SHOP-404", CancellationToken.None));
    }

    [Fact]
    public async Task Capture_posts_the_amount_with_the_idempotency_key()
    {
        _host.Network.On(HttpMethod.Post, "/charges/ch_CaRd0AuTh0r1z3dX/capture", Sample(HttpStatusCode.OK, Partner, "charge-paid.json"));

        var charge = await Gateway.CaptureAsync("ch_CaRd0AuTh0r1z3dX", 7490, "capture-SHOP-1003", CancellationToken.None);

        var sent = Assert.Single(_host.Network.Requests);
        Assert.Equal("/core/v5/charges/ch_CaRd0AuTh0r1z3dX/capture", sent.PathAndQuery);
        Assert.Equal("capture-SHOP-1003", sent.Header("idempotency-key"));
        Assert.Equal("""{"amount":7490}""", sent.Body);
        Assert.Equal(ChargeStatus.Paid, charge.Status);
        Assert.Equal(7490, charge.PaidCents);
        Assert.Equal("SHOP-1003", charge.OrderRef);
        Assert.Equal("or_A1b2C3d4E5f6G7h8", charge.GatewayOrderId);
    }

    [Fact]
    public async Task A_full_refund_is_a_delete_without_amount_and_maps_to_Refunded()
    {
        _host.Network.On(HttpMethod.Delete, "/charges/ch_CaRd0AuTh0r1z3dX", Sample(HttpStatusCode.OK, Partner, "charge-refunded.json"));

        var charge = await Gateway.CancelOrRefundAsync("ch_CaRd0AuTh0r1z3dX", null, "refund-SHOP-1003", CancellationToken.None);

        var sent = Assert.Single(_host.Network.Requests);
        Assert.Equal(HttpMethod.Delete, sent.Method);
        Assert.Equal("refund-SHOP-1003", sent.Header("idempotency-key"));
        Assert.Equal("{}", sent.Body);
        Assert.Equal(ChargeStatus.Refunded, charge.Status);
    }

    [Fact]
    public async Task A_partial_refund_sends_the_amount()
    {
        _host.Network.On(HttpMethod.Delete, "/charges/ch_1", Sample(HttpStatusCode.OK, Partner, "charge-refunded.json"));

        await Gateway.CancelOrRefundAsync("ch_1", 1000, "refund-1", CancellationToken.None);

        Assert.Equal("""{"amount":1000}""", _host.Network.Requests[0].Body);
    }

    [Fact]
    public async Task An_error_body_becomes_a_PartnerApiException_naming_the_fields()
    {
        _host.Network.On(HttpMethod.Post, "/orders", Sample(HttpStatusCode.UnprocessableEntity, Partner, "error-422.json"));
        var request = new ChargeRequest("SHOP-1004", PaymentMethod.Pix, 7490, TestData.Lines, TestData.Person, null, 1, TestData.PayableFrom, null);

        var error = await Assert.ThrowsAsync<PartnerApiException>(() => Gateway.CreateChargeAsync(request, "k", CancellationToken.None));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
        Assert.Contains("order.customer.document", error.Message);
        Assert.Single(_host.Network.Requests);
    }

    [Theory]
    [InlineData("pending", "credit_card", "authorized_pending_capture", ChargeStatus.Authorized)]
    [InlineData("pending", "credit_card", "waiting_capture", ChargeStatus.Authorized)]
    [InlineData("pending", "pix", "waiting_payment", ChargeStatus.Pending)]
    [InlineData("pending", "boleto", "generated", ChargeStatus.Pending)]
    [InlineData("processing", "credit_card", null, ChargeStatus.Processing)]
    [InlineData("paid", "credit_card", "captured", ChargeStatus.Paid)]
    [InlineData("paid", "pix", "paid", ChargeStatus.Paid)]
    [InlineData("failed", "credit_card", "not_authorized", ChargeStatus.Failed)]
    [InlineData("canceled", "credit_card", "voided", ChargeStatus.Canceled)]
    [InlineData("canceled", "credit_card", "refunded", ChargeStatus.Refunded)]
    [InlineData("refunded", "pix", null, ChargeStatus.Refunded)]
    [InlineData("paid", "credit_card", "refunded", ChargeStatus.Refunded)]
    [InlineData("underpaid", "boleto", "underpaid", ChargeStatus.Underpaid)]
    [InlineData("overpaid", "pix", "overpaid", ChargeStatus.Overpaid)]
    [InlineData("chargedback", "credit_card", "chargedback", ChargeStatus.Chargedback)]
    [InlineData("something_new", "credit_card", null, ChargeStatus.Processing)]
    public void Charge_statuses_map_to_the_hub(string status, string method, string? transactionStatus, ChargeStatus expected)
    {
        var transaction = new PagarmeTransaction(null, method, transactionStatus, null, null, null, null, null, null, null, null);
        var charge = new PagarmeCharge("ch_1", "SHOP-1", 100, null, null, status, method, transaction, null);

        Assert.Equal(expected, PagarmeChargeMapper.Status(charge));
    }

    public void Dispose() => _host.Dispose();
}
