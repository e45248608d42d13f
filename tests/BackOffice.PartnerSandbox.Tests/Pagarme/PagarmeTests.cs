using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.Pagarme;

public sealed class PagarmeTests
{
    private const string Base = "pagarme/core/v5/";

    [Fact]
    public async Task First_lookup_by_code_finds_a_card_authorization_waiting_for_capture()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Get, Base + "orders?code=hub-1001", null, HeaderValues.Pagarme);
        var (_, again) = await sandbox.SendAsync(HttpMethod.Get, Base + "orders/hub-1001", null, HeaderValues.Pagarme);

        Assert.Equal(200, status);
        var order = body!["data"]![0]!;
        Assert.StartsWith("or_", order["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("hub-1001", order["code"]!.GetValue<string>());
        var charge = order["charges"]![0]!;
        Assert.Equal("pending", charge["status"]!.GetValue<string>());
        Assert.Equal("credit_card", charge["payment_method"]!.GetValue<string>());
        Assert.Equal("authorized_pending_capture", charge["last_transaction"]!["status"]!.GetValue<string>());
        Assert.Equal(order["id"]!.GetValue<string>(), again!["id"]!.GetValue<string>());
        Assert.Empty(await sandbox.CallsAsync("hub-1001"));
    }

    [Fact]
    public async Task Capture_pays_the_charge_and_sends_webhooks_signed_with_the_published_key()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var chargeId = await ChargeIdAsync(sandbox, "hub-1002");

        var (status, charge) = await sandbox.SendAsync(HttpMethod.Post, Base + $"charges/{chargeId}/capture", new { }, HeaderValues.Pagarme);

        Assert.Equal(200, status);
        Assert.Equal("paid", charge!["status"]!.GetValue<string>());
        Assert.Equal("captured", charge["last_transaction"]!["status"]!.GetValue<string>());
        var paid = await sandbox.Hub.WaitForAsync("pagarme", c => c.Body.Contains("\"charge.paid\"", StringComparison.Ordinal));
        var hook = JsonNode.Parse(paid.Body)!;
        Assert.StartsWith("hook_", hook["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(hook["account"]!["id"]);
        Assert.Equal(chargeId, hook["data"]!["id"]!.GetValue<string>());
        Assert.Equal("hub-1002", hook["data"]!["order"]!["code"]!.GetValue<string>());
        Assert.True(await PagarmeSignatures.VerifyAsync(sandbox, paid.Body, paid.Headers["X-Webhook-Asymmetric-Signature"]));
        Assert.False(paid.Headers.ContainsKey("Authorization"));
        Assert.False(await PagarmeSignatures.VerifyAsync(sandbox, paid.Body.Replace("paid", "pаid", StringComparison.Ordinal), paid.Headers["X-Webhook-Asymmetric-Signature"]));
        await sandbox.Hub.WaitForAsync("pagarme", c => c.Body.Contains("\"order.paid\"", StringComparison.Ordinal));
        var call = Assert.Single(await sandbox.CallsAsync("hub-1002"));
        Assert.Equal("charge.capture", call!["operation"]!.GetValue<string>());
        Assert.Equal(200, call["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Decline_marker_makes_the_capture_fail()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await LearnEmailAsync(sandbox, "hub-1003", "ana+decline@example.com");
        var chargeId = await ChargeIdAsync(sandbox, "hub-1003");

        var (status, charge) = await sandbox.SendAsync(HttpMethod.Post, Base + $"charges/{chargeId}/capture", new { }, HeaderValues.Pagarme);

        Assert.Equal(200, status);
        Assert.Equal("failed", charge!["status"]!.GetValue<string>());
        await sandbox.Hub.WaitForAsync("pagarme", c => c.Body.Contains("\"charge.payment_failed\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Same_idempotency_key_returns_the_first_answer_and_is_one_effect()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var chargeId = await ChargeIdAsync(sandbox, "hub-1004");

        var first = await sandbox.SendAsync(HttpMethod.Post, Base + $"charges/{chargeId}/capture", new { }, HeaderValues.Pagarme, ("idempotency-key", "cap-1"));
        var second = await sandbox.SendAsync(HttpMethod.Post, Base + $"charges/{chargeId}/capture", new { }, HeaderValues.Pagarme, ("idempotency-key", "cap-1"));

        Assert.Equal(200, second.Status);
        Assert.Equal(first.Body!.ToJsonString(), second.Body!.ToJsonString());
        var call = Assert.Single(await sandbox.CallsAsync("hub-1004", "pagarme"));
        Assert.Equal("cap-1", call!["idempotencyKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task Creating_an_order_twice_without_a_key_creates_two()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var first = await sandbox.SendAsync(HttpMethod.Post, Base + "orders", CardOrder("hub-1005"), HeaderValues.Pagarme);
        var second = await sandbox.SendAsync(HttpMethod.Post, Base + "orders", CardOrder("hub-1005"), HeaderValues.Pagarme);

        Assert.NotEqual(first.Body!["id"]!.GetValue<string>(), second.Body!["id"]!.GetValue<string>());
        Assert.Equal(2, (await sandbox.CallsAsync("hub-1005")).Count);
        var (_, list) = await sandbox.SendAsync(HttpMethod.Get, Base + "orders?code=hub-1005", null, HeaderValues.Pagarme);
        Assert.Equal(2, list!["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task Pix_created_by_the_hub_is_pending_then_paid()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, order) = await sandbox.SendAsync(HttpMethod.Post, Base + "orders", PixOrder("hub-1006", "bia@example.com"), HeaderValues.Pagarme);

        Assert.Equal(200, status);
        var charge = order!["charges"]![0]!;
        Assert.Equal("pending", charge["status"]!.GetValue<string>());
        Assert.NotNull(charge["last_transaction"]!["qr_code"]);
        var paid = await sandbox.Hub.WaitForAsync("pagarme", c => c.Body.Contains("\"charge.paid\"", StringComparison.Ordinal));
        Assert.Equal(charge["id"]!.GetValue<string>(), JsonNode.Parse(paid.Body)!["data"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nopay_marker_leaves_pix_pending_until_cancelled()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var (_, order) = await sandbox.SendAsync(HttpMethod.Post, Base + "orders", PixOrder("hub-1007", "caio+nopay@example.com"), HeaderValues.Pagarme);
        var chargeId = order!["charges"]![0]!["id"]!.GetValue<string>();

        // The settlement ran and decided the customer does not pay: only then is "no charge.paid" a fact, not a race.
        await Eventually.ValueAsync(() => Task.FromResult(sandbox.Work.FinishedRuns($"pagarme settle {chargeId}")), runs => runs == 1);
        Assert.Equal(1, sandbox.Work.FinishedRuns($"pagarme settle {chargeId}"));
        var (_, charge) = await sandbox.SendAsync(HttpMethod.Get, Base + $"charges/{chargeId}", null, HeaderValues.Pagarme);
        var (cancelStatus, cancelled) = await sandbox.SendAsync(HttpMethod.Delete, Base + $"charges/{chargeId}", null, HeaderValues.Pagarme);

        Assert.Equal("pending", charge!["status"]!.GetValue<string>());
        Assert.Equal(200, cancelStatus);
        Assert.Equal("canceled", cancelled!["status"]!.GetValue<string>());
        Assert.DoesNotContain(sandbox.Hub.Received, c => c.Body.Contains("charge.paid", StringComparison.Ordinal));
        Assert.Equal(["order.create", "charge.cancel"], (await sandbox.CallsAsync("hub-1007")).Select(c => c!["operation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Pix_paid_after_its_expiry_stays_unpaid()
    {
        // The customer would pay after 2 s; the QR code expires after 1 s.
        await using var sandbox = await TestSandbox.StartAsync(settings => settings with { PaymentDelay = TimeSpan.FromSeconds(2) });
        var body = new
        {
            code = "hub-1010",
            items = new[] { new { amount = 5000, description = "Caneca", quantity = 1, code = "SKU-2" } },
            customer = new { name = "Bia", email = "bia@example.com" },
            payments = new[] { new { payment_method = "pix", pix = new { expires_in = 1 } } },
        };
        var (_, order) = await sandbox.SendAsync(HttpMethod.Post, Base + "orders", body, HeaderValues.Pagarme);
        var chargeId = order!["charges"]![0]!["id"]!.GetValue<string>();

        await Eventually.ValueAsync(() => Task.FromResult(sandbox.Work.FinishedRuns($"pagarme settle {chargeId}")), runs => runs == 1);
        var (_, charge) = await sandbox.SendAsync(HttpMethod.Get, Base + $"charges/{chargeId}", null, HeaderValues.Pagarme);

        Assert.Equal("pending", charge!["status"]!.GetValue<string>());
        Assert.DoesNotContain(sandbox.Hub.Received, c => c.Body.Contains("charge.paid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleting_a_paid_charge_refunds_it()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var chargeId = await ChargeIdAsync(sandbox, "hub-1008");
        await sandbox.SendAsync(HttpMethod.Post, Base + $"charges/{chargeId}/capture", new { }, HeaderValues.Pagarme);

        var (status, charge) = await sandbox.SendAsync(HttpMethod.Delete, Base + $"charges/{chargeId}", null, HeaderValues.Pagarme);

        Assert.Equal(200, status);
        Assert.Equal("canceled", charge!["status"]!.GetValue<string>());
        Assert.Equal("refunded", charge["last_transaction"]!["status"]!.GetValue<string>());
        await sandbox.Hub.WaitForAsync("pagarme", c => c.Body.Contains("\"charge.refunded\"", StringComparison.Ordinal));
        Assert.Contains(await sandbox.CallsAsync("hub-1008"), c => c!["operation"]!.GetValue<string>() == "charge.refund");
    }

    [Fact]
    public async Task Seeded_boleto_order_is_found_pending_not_authorized()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SendAsync(HttpMethod.Post, "_sandbox/orders", new { orderRef = "hub-1009", amountCents = 4990, paymentMethod = "boleto" });

        var (_, body) = await sandbox.SendAsync(HttpMethod.Get, Base + "orders?code=hub-1009", null, HeaderValues.Pagarme);

        var charge = body!["data"]![0]!["charges"]![0]!;
        Assert.Equal("boleto", charge["payment_method"]!.GetValue<string>());
        Assert.Equal("pending", charge["status"]!.GetValue<string>());
        Assert.Equal(4990, charge["amount"]!.GetValue<long>());
        await sandbox.Hub.WaitForAsync("pagarme", c => c.Body.Contains("\"charge.paid\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_card_order_without_card_token_card_id_or_card_is_refused_422()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var order = new
        {
            code = "hub-1010",
            items = new[] { new { amount = 2500, description = "Camiseta", quantity = 1, code = "SKU-1" } },
            customer = new { name = "Ana", email = "ana@example.com" },
            payments = new[] { new { payment_method = "credit_card", credit_card = new { installments = 1, capture = false } } },
        };

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, Base + "orders", order, HeaderValues.Pagarme, ("idempotency-key", "k-1010"));

        Assert.Equal(422, status);
        Assert.NotNull(body!["errors"]!["order.payments[0].credit_card.card"]);
        Assert.All(await sandbox.CallsAsync("hub-1010"), call => Assert.Equal(422, call!["status"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_card_order_with_a_token_and_capture_false_is_only_authorized()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var order = new
        {
            code = "hub-1011",
            items = new[] { new { amount = 2500, description = "Camiseta", quantity = 1, code = "SKU-1" } },
            customer = new { name = "Ana", email = "ana@example.com" },
            payments = new[] { new { payment_method = "credit_card", credit_card = new { installments = 1, capture = false, card_token = "token_abc" } } },
        };

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, Base + "orders", order, HeaderValues.Pagarme, ("idempotency-key", "k-1011"));

        Assert.Equal(200, status);
        Assert.Equal("authorized_pending_capture", body!["charges"]![0]!["last_transaction"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_credentials_get_pagarme_401()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Get, Base + "orders?code=hub-1", null);

        Assert.Equal(401, status);
        Assert.Equal("Authorization has been denied for this request.", body!["message"]!.GetValue<string>());
    }

    internal static async Task<string> ChargeIdAsync(TestSandbox sandbox, string code)
    {
        var (_, body) = await sandbox.SendAsync(HttpMethod.Get, Base + "orders?code=" + code, null, HeaderValues.Pagarme);
        return body!["data"]![0]!["charges"]![0]!["id"]!.GetValue<string>();
    }

    /// <summary>The hub tells ClearSale the e-mail first; that is how the payment simulator learns it.</summary>
    internal static async Task LearnEmailAsync(TestSandbox sandbox, string orderRef, string email)
        => await sandbox.SendAsync(HttpMethod.Post, "_sandbox/orders", new { orderRef, email });

    private static object CardOrder(string code) => new
    {
        code,
        items = new[] { new { amount = 2500, description = "Camiseta", quantity = 2, code = "SKU-1" } },
        customer = new { name = "Ana", email = "ana@example.com" },
        payments = new[] { new { payment_method = "credit_card", credit_card = new { operation_type = "auth_only", card_id = "card_x" } } },
    };

    private static object PixOrder(string code, string email) => new
    {
        code,
        items = new[] { new { amount = 5000, description = "Caneca", quantity = 1, code = "SKU-2" } },
        customer = new { name = "Bia", email },
        payments = new[] { new { payment_method = "pix", pix = new { expires_in = 3600 } } },
    };
}
