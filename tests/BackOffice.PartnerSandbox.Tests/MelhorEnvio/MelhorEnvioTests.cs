using System.Text;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.MelhorEnvio;
using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.MelhorEnvio;

public sealed class MelhorEnvioTests
{
    private const string Base = "melhorenvio/api/v2/me/";

    [Theory]
    [InlineData("ana@example.com", "order.delivered")]
    [InlineData("ana+undeliverable@example.com", "order.undelivered")]
    public async Task Label_goes_from_cart_to_posted_to_the_final_event_with_signed_webhooks(string email, string finalEvent)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (cartStatus, label) = await sandbox.SendAsync(HttpMethod.Post, Base + "cart", Cart("hub-4001", email), HeaderValues.MelhorEnvio);
        var id = label!["id"]!.GetValue<string>();
        var (checkoutStatus, purchase) = await sandbox.SendAsync(HttpMethod.Post, Base + "shipment/checkout", new { orders = new[] { id } }, HeaderValues.MelhorEnvio);
        var (generateStatus, generated) = await sandbox.SendAsync(HttpMethod.Post, Base + "shipment/generate", new { orders = new[] { id } }, HeaderValues.MelhorEnvio);
        var (_, print) = await sandbox.SendAsync(HttpMethod.Post, Base + "shipment/print", new { mode = "public", orders = new[] { id } }, HeaderValues.MelhorEnvio);

        Assert.Equal(201, cartStatus);
        Assert.Equal(200, checkoutStatus);
        Assert.Equal("paid", purchase!["purchase"]!["status"]!.GetValue<string>());
        Assert.Equal(200, generateStatus);
        Assert.True(generated![id]!["status"]!.GetValue<bool>());
        var pdf = await sandbox.Http.GetByteArrayAsync(print!["url"]!.GetValue<string>());
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);

        var posted = await sandbox.Hub.WaitForAsync("melhorenvio", c => c.Body.Contains("\"order.posted\"", StringComparison.Ordinal));
        var final = await sandbox.Hub.WaitForAsync("melhorenvio", c => c.Body.Contains($"\"{finalEvent}\"", StringComparison.Ordinal));
        foreach (var hook in new[] { posted, final })
        {
            Assert.Equal(MelhorEnvioWebhooks.Sign(hook.Body, sandbox.Settings.MelhorEnvioWebhookSecret), hook.Headers["X-ME-Signature"]);
        }

        var data = JsonNode.Parse(final.Body)!["data"]!;
        Assert.Equal(id, data["id"]!.GetValue<string>());
        Assert.Null(data["tags"]);
        var (_, read) = await sandbox.SendAsync(HttpMethod.Get, Base + "orders/" + id, null, HeaderValues.MelhorEnvio);
        Assert.Equal("hub-4001", read!["tags"]![0]!["tag"]!.GetValue<string>());
        Assert.NotNull(data["tracking"]);
        Assert.NotNull(data["posted_at"]);
        var (_, tracking) = await sandbox.SendAsync(HttpMethod.Post, Base + "shipment/tracking", new { orders = new[] { id } }, HeaderValues.MelhorEnvio);
        Assert.Equal(finalEvent["order.".Length..], tracking![id]!["status"]!.GetValue<string>());
        Assert.Equal(["cart.add", "shipment.checkout", "shipment.generate"], (await sandbox.CallsAsync("hub-4001")).Select(c => c!["operation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_commercial_cart_without_the_nfe_key_or_the_senders_state_registration_is_refused_422()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var cart = JsonNode.Parse(global::BackOffice.PartnerSandbox.Shared.SandboxJson.Serialize(Cart("hub-4004", "a@example.com")))!;
        cart["options"]!["invoice"] = new JsonObject { ["key"] = null };
        cart["from"]!.AsObject().Remove("state_register");

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, Base + "cart", cart.ToJsonString(), HeaderValues.MelhorEnvio);

        Assert.Equal(422, status);
        Assert.NotNull(body!["errors"]!["options.invoice.key"]);
        Assert.NotNull(body["errors"]!["from.state_register"]);
    }

    [Fact]
    public async Task Every_cart_post_is_a_new_label()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (_, first) = await sandbox.SendAsync(HttpMethod.Post, Base + "cart", Cart("hub-4002", "a@example.com"), HeaderValues.MelhorEnvio);
        var (_, second) = await sandbox.SendAsync(HttpMethod.Post, Base + "cart", Cart("hub-4002", "a@example.com"), HeaderValues.MelhorEnvio);

        Assert.NotEqual(first!["id"]!.GetValue<string>(), second!["id"]!.GetValue<string>());
        Assert.Equal(2, (await sandbox.CallsAsync("hub-4002", "melhorenvio")).Count);
    }

    [Fact]
    public async Task Removing_a_label_still_in_the_cart_forgets_it_and_records_cart_remove()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var (_, label) = await sandbox.SendAsync(HttpMethod.Post, Base + "cart", Cart("hub-4005", "a@example.com"), HeaderValues.MelhorEnvio);
        var id = label!["id"]!.GetValue<string>();

        var (status, _) = await sandbox.SendAsync(HttpMethod.Delete, Base + "cart/" + id, null, HeaderValues.MelhorEnvio);

        Assert.Equal(204, status);
        var (read, _) = await sandbox.SendAsync(HttpMethod.Get, Base + "orders/" + id, null, HeaderValues.MelhorEnvio);
        Assert.Equal(404, read);
        Assert.Equal(["cart.add", "cart.remove"], (await sandbox.CallsAsync("hub-4005")).Select(c => c!["operation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Removing_a_paid_label_from_the_cart_is_refused_422_and_an_unknown_one_404()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var (_, label) = await sandbox.SendAsync(HttpMethod.Post, Base + "cart", Cart("hub-4006", "a@example.com"), HeaderValues.MelhorEnvio);
        var id = label!["id"]!.GetValue<string>();
        await sandbox.SendAsync(HttpMethod.Post, Base + "shipment/checkout", new { orders = new[] { id } }, HeaderValues.MelhorEnvio);

        var (paid, refusal) = await sandbox.SendAsync(HttpMethod.Delete, Base + "cart/" + id, null, HeaderValues.MelhorEnvio);
        var (unknown, _) = await sandbox.SendAsync(HttpMethod.Delete, Base + "cart/nope", null, HeaderValues.MelhorEnvio);

        Assert.Equal((422, 404), (paid, unknown));
        Assert.Contains("pago", refusal!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var (read, still) = await sandbox.SendAsync(HttpMethod.Get, Base + "orders/" + id, null, HeaderValues.MelhorEnvio);
        Assert.Equal((200, "released"), (read, still!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Unknown_labels_and_missing_tokens_are_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (unknown, errors) = await sandbox.SendAsync(HttpMethod.Post, Base + "shipment/checkout", new { orders = new[] { "nope" } }, HeaderValues.MelhorEnvio);
        var (unauthorized, message) = await sandbox.SendAsync(HttpMethod.Post, Base + "cart", Cart("hub-4003", "a@example.com"));

        Assert.Equal(422, unknown);
        Assert.NotNull(errors!["errors"]!["orders.0"]);
        Assert.Equal(401, unauthorized);
        Assert.Equal("Unauthenticated.", message!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Calculate_prices_each_service_from_the_postal_codes_and_the_weight_and_records_nothing()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, quote) = await sandbox.SendAsync(HttpMethod.Post, Base + "shipment/calculate", Quote("20040002", 0.8m), HeaderValues.MelhorEnvio);

        Assert.Equal(200, status);
        Assert.Equal(
            ["1 PAC 26.50 6", "2 SEDEX 44.00 3", "3 .Package 27.50 5", "4 .Com 36.00 4"],
            quote!.AsArray().Select(s => $"{s!["id"]} {s["name"]} {s["price"]} {s["delivery_time"]}"));
        Assert.Equal("Correios", quote[0]!["company"]!["name"]!.GetValue<string>());
        Assert.Empty(await sandbox.CallsAsync());
    }

    [Fact]
    public async Task Calculate_answers_an_error_and_no_price_for_a_service_the_parcel_is_too_heavy_for()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (_, quote) = await sandbox.SendAsync(HttpMethod.Post, Base + "shipment/calculate", Quote("20040002", 31m), HeaderValues.MelhorEnvio);

        var pac = quote!.AsArray()[0]!;
        Assert.Equal((1, null), (pac["id"]!.GetValue<int>(), pac["price"]));
        Assert.Contains("Peso excede", pac["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(quote[2]!["price"]);
    }

    [Fact]
    public async Task Calculate_to_an_unserved_postal_code_answers_every_service_with_an_error()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (_, quote) = await sandbox.SendAsync(HttpMethod.Post, Base + "shipment/calculate", Quote(MelhorEnvioRates.UnservedPrefix + "99000", 1m), HeaderValues.MelhorEnvio);

        Assert.All(quote!.AsArray(), service => Assert.NotNull(service!["error"]));
    }

    [Fact]
    public async Task A_cart_without_a_known_service_is_refused_422_and_one_with_a_service_records_it()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var cart = JsonNode.Parse(global::BackOffice.PartnerSandbox.Shared.SandboxJson.Serialize(Cart("hub-4005", "a@example.com")))!;
        cart["service"] = 99;

        var (refused, errors) = await sandbox.SendAsync(HttpMethod.Post, Base + "cart", cart.ToJsonString(), HeaderValues.MelhorEnvio);
        cart["service"] = 3;
        var (added, _) = await sandbox.SendAsync(HttpMethod.Post, Base + "cart", cart.ToJsonString(), HeaderValues.MelhorEnvio);

        Assert.Equal((422, 201), (refused, added));
        Assert.NotNull(errors!["errors"]!["service"]);
        var call = Assert.Single(await sandbox.CallsAsync("hub-4005"));
        Assert.Equal("service 3 Jadlog .Package, 0.500 kg", call!["detail"]!.GetValue<string>());
    }

    private static object Quote(string to, decimal kg) => new
    {
        from = new { postal_code = "01001000" },
        to = new { postal_code = to },
        volumes = new[] { new { height = 8, width = 16, length = 23, weight = kg, insurance = 74.90m } },
        options = new { insurance_value = 74.90m, receipt = false, own_hand = false },
    };

    private static object Cart(string orderRef, string email) => new
    {
        service = 1,
        from = new { name = "Loja", postal_code = "01001000", company_document = "11222333000181", state_register = "110042490114" },
        to = new { name = "Ana", email, postal_code = "20040002" },
        products = new[] { new { name = "Camiseta", quantity = 1, unitary_value = 75.0 } },
        volumes = new[] { new { height = 10, width = 20, length = 30, weight = 0.5 } },
        options = new
        {
            insurance_value = 75.0,
            receipt = false,
            own_hand = false,
            non_commercial = false,
            invoice = new { key = "35240511222333000181550010000000011000000013" },
            tags = new[] { new { tag = orderRef, url = (string?)null } },
        },
    };
}
