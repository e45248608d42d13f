using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.Shopify;

public sealed class ShopifyTests
{
    private const string FulfillmentOrdersQuery = "query($id: ID!) { order(id: $id) { id fulfillmentOrders(first: 20) { nodes { id status assignedLocation { location { id } } } } } }";
    private const string FulfillmentCreate = "mutation fulfillmentCreate($fulfillment: FulfillmentInput!) { fulfillmentCreate(fulfillment: $fulfillment) { fulfillment { id status } userErrors { field message } } }";

    [Fact]
    public async Task Token_endpoint_grants_a_24_hour_token_for_client_credentials_only()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await ShopifyCalls.TokenAsync(sandbox);
        var (refused, _) = await ShopifyCalls.TokenAsync(sandbox, "authorization_code");

        Assert.Equal(200, status);
        Assert.StartsWith("shpat_", body!["access_token"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(86399, body["expires_in"]!.GetValue<int>());
        Assert.Equal(400, refused);
    }

    [Fact]
    public async Task Graphql_refuses_a_token_it_never_issued_in_shopify_shape()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await ShopifyCalls.CancelAsync(sandbox, 1, ("X-Shopify-Access-Token", "shpat_static_from_settings"));

        Assert.Equal(401, status);
        Assert.Contains("Invalid API key or access token", body!["errors"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legacy_rest_endpoints_are_not_served()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, _) = await sandbox.SendAsync(HttpMethod.Post, "shopify/admin/api/2026-10/orders/450789469/cancel.json", new { }, await ShopifyCalls.HeaderAsync(sandbox));

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task Order_cancel_runs_as_a_job_and_a_second_cancel_is_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var header = await ShopifyCalls.HeaderAsync(sandbox);

        var (first, started) = await ShopifyCalls.CancelAsync(sandbox, 450789470, header);
        var job = started!["data"]!["orderCancel"]!["job"]!;
        var (_, before) = await Order(sandbox, header, 450789470);
        var (_, done) = await sandbox.SendAsync(HttpMethod.Post, ShopifyCalls.GraphQl, new { query = "query($id: ID!) { job(id: $id) { id done } }", variables = new { id = job["id"]!.GetValue<string>() } }, header);
        var (_, after) = await Order(sandbox, header, 450789470);
        var (_, second) = await ShopifyCalls.CancelAsync(sandbox, 450789470, header);

        Assert.Equal(200, first);
        Assert.False(job["done"]!.GetValue<bool>());
        Assert.Null(before!["data"]!["order"]!["cancelledAt"]);
        Assert.True(done!["data"]!["job"]!["done"]!.GetValue<bool>());
        Assert.NotNull(after!["data"]!["order"]!["cancelledAt"]);
        Assert.NotEmpty(second!["data"]!["orderCancel"]!["orderCancelUserErrors"]!.AsArray());
        Assert.Equal(["order.cancel", "order.cancel"], (await sandbox.CallsAsync("shopify-450789470")).Select(call => call!["operation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Fulfillment_create_takes_the_fulfillment_orders_of_one_location_only()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var header = await ShopifyCalls.HeaderAsync(sandbox);
        await sandbox.SendAsync(HttpMethod.Post, "_sandbox/shopify/orders/450789471/locations", new { locations = new[] { "gid://shopify/Location/1", "gid://shopify/Location/2" } });
        var (_, lookup) = await Order(sandbox, header, 450789471, FulfillmentOrdersQuery);
        var nodes = lookup!["data"]!["order"]!["fulfillmentOrders"]!["nodes"]!.AsArray();

        var (_, mixed) = await Fulfill(sandbox, header, nodes.Select(node => node!["id"]!.GetValue<string>()).ToArray());
        var (_, first) = await Fulfill(sandbox, header, nodes[0]!["id"]!.GetValue<string>());
        var (_, second) = await Fulfill(sandbox, header, nodes[1]!["id"]!.GetValue<string>());

        Assert.Equal(2, nodes.Count);
        Assert.Contains("same location", mixed!["data"]!["fulfillmentCreate"]!["userErrors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("SUCCESS", first!["data"]!["fulfillmentCreate"]!["fulfillment"]!["status"]!.GetValue<string>());
        Assert.Equal("SUCCESS", second!["data"]!["fulfillmentCreate"]!["fulfillment"]!["status"]!.GetValue<string>());
        Assert.Equal(3, (await sandbox.CallsAsync("shopify-450789471")).Count);
    }

    [Fact]
    public async Task A_retired_api_version_is_served_by_the_oldest_supported_one()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var header = await ShopifyCalls.HeaderAsync(sandbox);

        using var request = TestSandbox.Request(HttpMethod.Post, "shopify/admin/api/2023-01/graphql.json", new { query = FulfillmentOrdersQuery, variables = new { id = "gid://shopify/Order/1" } }, header);
        using var response = await sandbox.Http.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.NotEqual("2023-01", response.Headers.GetValues("X-Shopify-API-Version").Single());
    }

    private static Task<(int Status, System.Text.Json.Nodes.JsonNode? Body)> Order(TestSandbox sandbox, (string, string) header, long orderId, string query = "query($id: ID!) { order(id: $id) { id cancelledAt } }") =>
        sandbox.SendAsync(HttpMethod.Post, ShopifyCalls.GraphQl, new { query, variables = new { id = $"gid://shopify/Order/{orderId}" } }, header);

    private static Task<(int Status, System.Text.Json.Nodes.JsonNode? Body)> Fulfill(TestSandbox sandbox, (string, string) header, params string[] fulfillmentOrderIds) =>
        sandbox.SendAsync(HttpMethod.Post, ShopifyCalls.GraphQl, new
        {
            query = FulfillmentCreate,
            variables = new
            {
                fulfillment = new
                {
                    lineItemsByFulfillmentOrder = fulfillmentOrderIds.Select(fulfillmentOrderId => new { fulfillmentOrderId }).ToArray(),
                    trackingInfo = new { number = "SB1BR", company = "Correios" },
                },
            },
        }, header);
}
