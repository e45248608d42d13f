using System.Net;
using BackOffice.Application.Partners.Risk;
using BackOffice.Domain.Orders;
using BackOffice.Partners.ClearSale;
using BackOffice.Partners.Http;
using BackOffice.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static BackOffice.Partners.Tests.Support.RecordingHandler;

namespace BackOffice.Partners.Tests.ClearSale;

public sealed class ClearSaleContractTests : IDisposable
{
    private const string Partner = "ClearSale";
    private const string SecondToken = """{ "Token": "token-2", "ExpirationDate": "2024-05-02T20:00:00Z" }""";

    // An hour before the first token's expiry (17:00 UTC).
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 5, 2, 16, 0, 0, TimeSpan.Zero));
    private readonly PartnerHost _host;

    public ClearSaleContractTests() => _host = new PartnerHost(time: _time);

    private IRiskAnalyzer Analyzer => _host.Get<IRiskAnalyzer>();

    private static RiskAnalysisRequest Request(string orderRef = "SHOP-1001", Customer? customer = null) => new(
        orderRef,
        new DateTimeOffset(2024, 5, 2, 13, 10, 0, TimeSpan.FromHours(-3)),
        7490,
        TestData.Lines,
        customer ?? TestData.Person,
        TestData.SaoPaulo,
        PaymentMethod.CreditCard,
        "189.40.1.10");

    [Fact]
    public async Task Submitting_authenticates_then_posts_one_order_with_the_bearer_token()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"))
            .On(HttpMethod.Post, "/v1/orders/", Sample(HttpStatusCode.OK, Partner, "submit-response.json"));

        await Analyzer.SubmitAsync(Request(), CancellationToken.None);

        var requests = _host.Network.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("https://api.clearsale.com.br/v1/authenticate", requests[0].Uri.ToString());
        Assert.Equal("""{"name":"store-user","password":"store-pass"}""", requests[0].Body);
        Assert.Null(requests[0].Header("Authorization"));

        var submit = requests[1];
        Assert.Equal("https://api.clearsale.com.br/v1/orders/", submit.Uri.ToString());
        Assert.Equal("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.clearsale-token-1", submit.Header("Authorization"));
        var order = submit.Json;
        ClearSaleDocumentedFields.AssertConforms(order);
        Assert.Equal("SHOP-1001", order.GetProperty("code").GetString());
        Assert.Equal("maria@example.com", order.GetProperty("email").GetString());
        Assert.Equal("74.90", order.GetProperty("totalValue").GetRawText());
        Assert.Equal("189.40.1.10", order.GetProperty("ip").GetString());
        var billing = order.GetProperty("billing");
        Assert.Equal(1, billing.GetProperty("type").GetInt32());
        Assert.Equal("12345678909", billing.GetProperty("primaryDocument").GetString());
        Assert.Equal("SHOP-1001", billing.GetProperty("clientID").GetString());
        Assert.Equal("01310100", billing.GetProperty("address").GetProperty("zipcode").GetString());
        Assert.Equal("Bela Vista", billing.GetProperty("address").GetProperty("county").GetString());
        Assert.Equal(11, billing.GetProperty("phones")[0].GetProperty("ddd").GetInt32());
        Assert.Equal("SHOP-1001", order.GetProperty("shipping").GetProperty("clientID").GetString());
        Assert.Equal(1, order.GetProperty("payments")[0].GetProperty("type").GetInt32());
        Assert.Equal("74.90", order.GetProperty("payments")[0].GetProperty("value").GetRawText());
        Assert.Equal("12.50", order.GetProperty("items")[0].GetProperty("value").GetRawText());
        Assert.Equal(2, order.GetProperty("items")[0].GetProperty("amount").GetInt32());
    }

    [Fact]
    public async Task A_company_buyer_is_sent_as_type_2_with_its_CNPJ()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"))
            .On(HttpMethod.Post, "/v1/orders/", Sample(HttpStatusCode.OK, Partner, "submit-response.json"));

        await Analyzer.SubmitAsync(Request(customer: TestData.Company with { Phone = "(11) 3333-4444" }), CancellationToken.None);

        var billing = _host.Network.Requests[1].Json.GetProperty("billing");
        Assert.Equal(2, billing.GetProperty("type").GetInt32());
        Assert.Equal("12345678000195", billing.GetProperty("primaryDocument").GetString());
    }

    [Fact]
    public async Task A_card_order_sends_the_fingerprint_session_and_the_card_block_without_the_card_number()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"))
            .On(HttpMethod.Post, "/v1/orders/", Sample(HttpStatusCode.OK, Partner, "submit-response.json"));
        var request = Request() with { Installments = 3, Card = new PaymentCard("token_abc", null, "411111", "1111", "MARIA SILVA"), DeviceSessionId = "fp-session-1" };

        await Analyzer.SubmitAsync(request, CancellationToken.None);

        var order = _host.Network.Requests[1].Json;
        ClearSaleDocumentedFields.AssertConforms(order);
        Assert.Equal("fp-session-1", order.GetProperty("sessionID").GetString());
        Assert.Equal(3, order.GetProperty("numberOfInstallments").GetInt32());
        var card = order.GetProperty("payments")[0].GetProperty("card");
        Assert.Equal(("411111", "1111", "MARIA SILVA"), (card.GetProperty("bin").GetString(), card.GetProperty("end").GetString(), card.GetProperty("ownerName").GetString()));
        Assert.DoesNotContain("token_abc", _host.Network.Requests[1].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+55 (11) 98765-4321", 11, 987654321L)]
    [InlineData("5521972321094", 21, 972321094L)]
    [InlineData("(11) 3333-4444", 11, 33334444L)]
    public async Task The_buyers_phone_is_sent_with_ddi_ddd_and_number(string phone, int ddd, long number)
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"))
            .On(HttpMethod.Post, "/v1/orders/", Sample(HttpStatusCode.OK, Partner, "submit-response.json"));

        await Analyzer.SubmitAsync(Request(customer: TestData.Person with { Phone = phone }), CancellationToken.None);

        var sent = _host.Network.Requests[1].Json.GetProperty("billing").GetProperty("phones")[0];
        Assert.Equal((55, ddd, number), (sent.GetProperty("ddi").GetInt32(), sent.GetProperty("ddd").GetInt32(), sent.GetProperty("number").GetInt64()));
    }

    [Fact]
    public async Task The_token_is_reused_until_shortly_before_it_expires_then_renewed()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"), Json(HttpStatusCode.OK, SecondToken))
            .Always(HttpMethod.Get, "/status", Sample(HttpStatusCode.OK, Partner, "status-apa.json"));

        await Analyzer.GetAssessmentAsync("SHOP-1001", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(30));
        await Analyzer.GetAssessmentAsync("SHOP-1001", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(29.5));
        await Analyzer.GetAssessmentAsync("SHOP-1001", CancellationToken.None);

        var requests = _host.Network.Requests;
        Assert.Equal(2, requests.Count(r => r.Uri.AbsolutePath.EndsWith("/authenticate", StringComparison.Ordinal)));
        var statusCalls = requests.Where(r => r.Method == HttpMethod.Get).ToList();
        Assert.Equal(3, statusCalls.Count);
        Assert.EndsWith("clearsale-token-1", statusCalls[1].Header("Authorization"));
        Assert.Equal("Bearer token-2", statusCalls[2].Header("Authorization"));
    }

    [Fact]
    public async Task A_401_triggers_one_reauthentication_and_one_resend()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"), Json(HttpStatusCode.OK, SecondToken))
            .On(HttpMethod.Get, "/v1/orders/SHOP-1001/status", Status(HttpStatusCode.Unauthorized), Sample(HttpStatusCode.OK, Partner, "status-apa.json"));

        var assessment = await Analyzer.GetAssessmentAsync("SHOP-1001", CancellationToken.None);

        Assert.Equal(RiskDecision.Approve, assessment.Decision);
        var requests = _host.Network.Requests;
        Assert.Equal(4, requests.Count);
        Assert.Equal("Bearer token-2", requests[3].Header("Authorization"));
    }

    [Fact]
    public async Task Concurrent_calls_share_one_authentication()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"))
            .Always(HttpMethod.Get, "/status", Sample(HttpStatusCode.OK, Partner, "status-apa.json"));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Analyzer.GetAssessmentAsync("SHOP-1001", CancellationToken.None)));

        Assert.Single(_host.Network.Requests, r => r.Uri.AbsolutePath.EndsWith("/authenticate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resubmitting_an_order_ClearSale_already_has_counts_as_success()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"))
            .On(HttpMethod.Post, "/v1/orders/", Sample(HttpStatusCode.BadRequest, Partner, "error-duplicate.json"));

        await Analyzer.SubmitAsync(Request(), CancellationToken.None);

        Assert.Equal(2, _host.Network.Requests.Count);
    }

    [Fact]
    public async Task Any_other_refusal_is_an_error()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"))
            .On(HttpMethod.Post, "/v1/orders/", Sample(HttpStatusCode.BadRequest, Partner, "error-invalid.json"));

        var error = await Assert.ThrowsAsync<PartnerApiException>(() => Analyzer.SubmitAsync(Request(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
    }

    [Fact]
    public async Task The_status_is_read_from_the_order_status_route()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"))
            .On(HttpMethod.Get, "/v1/orders/SHOP-1001/status", Sample(HttpStatusCode.OK, Partner, "status-apa.json"));

        var assessment = await Analyzer.GetAssessmentAsync("SHOP-1001", CancellationToken.None);

        Assert.Equal(new RiskAssessment("SHOP-1001", RiskDecision.Approve, "APA"), assessment);
    }

    [Theory]
    [InlineData("APA", RiskDecision.Approve)]
    [InlineData("APM", RiskDecision.Approve)]
    [InlineData("APP", RiskDecision.Approve)]
    [InlineData("AMA", RiskDecision.Wait)]
    [InlineData("SUS", RiskDecision.Deny)]
    [InlineData("RPA", RiskDecision.Deny)]
    [InlineData("XYZ", RiskDecision.Unrecognized)]
    [InlineData("", RiskDecision.Unrecognized)]
    [InlineData("RPM", RiskDecision.Deny)]
    [InlineData("RPP", RiskDecision.Deny)]
    [InlineData("FRD", RiskDecision.Deny)]
    [InlineData("CAN", RiskDecision.Deny)]
    [InlineData("NVO", RiskDecision.Wait)]
    [InlineData("apa", RiskDecision.Approve)]
    public void Codes_map_to_decisions(string code, RiskDecision expected)
        => Assert.Equal(expected, ClearSaleDecisions.Map("SHOP-1", code));

    [Fact]
    public async Task A_404_for_the_status_means_ClearSale_never_received_the_order_not_an_error()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"))
            .On(HttpMethod.Get, "/status", Json(HttpStatusCode.NotFound, """{ "Message": "Order not found." }"""));

        var assessment = await Analyzer.GetAssessmentAsync("SHOP-1001", CancellationToken.None);

        Assert.Equal(RiskDecision.NotSubmitted, assessment.Decision);
    }

    [Fact]
    public async Task ERR_is_an_integration_error_to_fix_not_a_decision()
    {
        _host.Network
            .On(HttpMethod.Post, "/v1/authenticate", Sample(HttpStatusCode.OK, Partner, "authenticate.json"))
            .On(HttpMethod.Get, "/status", Json(HttpStatusCode.OK, """{ "code": "SHOP-1001", "status": "ERR", "score": null }"""));

        var error = await Assert.ThrowsAsync<ClearSaleIntegrationException>(() => Analyzer.GetAssessmentAsync("SHOP-1001", CancellationToken.None));

        Assert.Equal("SHOP-1001", error.OrderRef);
        Assert.Contains("resend", error.Message);
    }

    public void Dispose() => _host.Dispose();
}
