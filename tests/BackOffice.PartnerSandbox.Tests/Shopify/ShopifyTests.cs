using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.Shopify;

public sealed class ShopifyTests
{
    private const string Base = "shopify/admin/api/2025-01/";

    [Fact]
    public async Task Fulfillment_is_recorded_against_the_hub_order_id()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, Base + "orders/450789469/fulfillments.json", new
        {
            fulfillment = new { location_id = 1, tracking_number = "SB123456789BR", tracking_company = "Correios", line_items = new[] { new { id = 1 } } },
        }, HeaderValues.Shopify);
        var (cancel, refusal) = await sandbox.SendAsync(HttpMethod.Post, Base + "orders/450789469/cancel.json", new { }, HeaderValues.Shopify);

        Assert.Equal(201, status);
        Assert.Equal("SB123456789BR", body!["fulfillment"]!["tracking_number"]!.GetValue<string>());
        Assert.Equal(450789469, body["fulfillment"]!["order_id"]!.GetValue<long>());
        Assert.Equal(422, cancel);
        Assert.NotNull(refusal!["error"]);
        var calls = await sandbox.CallsAsync("shopify-450789469");
        Assert.Equal(["fulfillment.create", "order.cancel"], calls.Select(c => c!["operation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Cancel_is_recorded_and_a_second_cancel_is_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (first, order) = await sandbox.SendAsync(HttpMethod.Post, Base + "orders/450789470/cancel.json", new { reason = "customer" }, HeaderValues.Shopify);
        var (second, _) = await sandbox.SendAsync(HttpMethod.Post, Base + "orders/450789470/cancel.json", new { reason = "customer" }, HeaderValues.Shopify);

        Assert.Equal(200, first);
        Assert.NotNull(order!["order"]!["cancelled_at"]);
        Assert.Equal(422, second);
        Assert.Equal(2, (await sandbox.CallsAsync("shopify-450789470")).Count);
    }

    [Fact]
    public async Task Graphql_fulfillment_create_works_on_the_orders_fulfillment_order()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (_, lookup) = await sandbox.SendAsync(HttpMethod.Post, Base + "graphql.json", new
        {
            query = "query($id: ID!) { order(id: $id) { fulfillmentOrders(first: 5) { nodes { id status } } } }",
            variables = new { id = "gid://shopify/Order/450789471" },
        }, HeaderValues.Shopify);
        var fulfillmentOrderId = lookup!["data"]!["order"]!["fulfillmentOrders"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var (status, created) = await sandbox.SendAsync(HttpMethod.Post, Base + "graphql.json", new
        {
            query = "mutation fulfillmentCreate($fulfillment: FulfillmentInput!) { fulfillmentCreate(fulfillment: $fulfillment) { fulfillment { id status } userErrors { field message } } }",
            variables = new
            {
                fulfillment = new
                {
                    lineItemsByFulfillmentOrder = new[] { new { fulfillmentOrderId } },
                    trackingInfo = new { number = "SB1BR", company = "Correios" },
                },
            },
        }, HeaderValues.Shopify);

        Assert.Equal(200, status);
        Assert.Equal("SUCCESS", created!["data"]!["fulfillmentCreate"]!["fulfillment"]!["status"]!.GetValue<string>());
        Assert.Empty(created["data"]!["fulfillmentCreate"]!["userErrors"]!.AsArray());
        var call = Assert.Single(await sandbox.CallsAsync("shopify-450789471"));
        Assert.Equal("fulfillment.create", call!["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_access_token_is_refused_in_shopify_shape()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, Base + "orders/1/cancel.json", new { });

        Assert.Equal(401, status);
        Assert.Contains("Invalid API key or access token", body!["errors"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
