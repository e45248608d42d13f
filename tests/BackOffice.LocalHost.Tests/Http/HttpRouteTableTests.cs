using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Http;
using Microsoft.AspNetCore.Http;

namespace BackOffice.LocalHost.Tests.Http;

public class HttpRouteTableTests
{
    private static readonly FunctionDefinition Webhook = Http("OrdersWebhook", "webhooks/orders", "POST");
    private static readonly FunctionDefinition OrderById = Http("GetOrder", "ops/orders/{orderId:guid}", "GET");
    private static readonly FunctionDefinition OrderSearch = Http("SearchOrders", "ops/orders/search", "GET");
    private static readonly FunctionDefinition Health = Http("Health", "Health");
    private static readonly FunctionDefinition Files = Http("Files", "files/{*rest}", "GET");

    private readonly HttpRouteTable _table = new([Webhook, OrderById, OrderSearch, Health, Files], "api");

    [Theory]
    [InlineData("POST", "/api/webhooks/orders", "OrdersWebhook")]
    [InlineData("post", "/API/Webhooks/Orders/", "OrdersWebhook")]
    [InlineData("GET", "/api/ops/orders/123", "GetOrder")]
    [InlineData("GET", "/api/ops/orders/search", "SearchOrders")]
    [InlineData("DELETE", "/api/Health", "Health")]
    [InlineData("GET", "/api/files/a/b/c.txt", "Files")]
    public void Matches_prefix_template_and_method(string method, string path, string expected) =>
        Assert.Equal(expected, _table.Match(method, new PathString(path))?.Name);

    [Theory]
    [InlineData("GET", "/api/webhooks/orders")]
    [InlineData("POST", "/webhooks/orders")]
    [InlineData("GET", "/api/ops/orders")]
    [InlineData("GET", "/api/ops/orders/1/lines")]
    [InlineData("GET", "/api/unknown")]
    public void No_match_for_wrong_method_or_path(string method, string path) =>
        Assert.Null(_table.Match(method, new PathString(path)));

    [Fact]
    public void Empty_route_prefix_matches_the_bare_route()
    {
        var table = new HttpRouteTable([Webhook], string.Empty);

        Assert.Equal("OrdersWebhook", table.Match("POST", new PathString("/webhooks/orders"))?.Name);
        Assert.Null(table.Match("POST", new PathString("/api/webhooks/orders")));
    }

    [Fact]
    public void Invalid_template_names_the_function()
    {
        var error = Assert.Throws<HostConfigurationException>(() => new HttpRouteTable([Http("Broken", "a/{b")], "api"));

        Assert.Contains("Broken", error.Message);
    }

    private static FunctionDefinition Http(string name, string route, params string[] methods) =>
        new(name, new HttpTriggerBinding("req", route, methods), []);
}
