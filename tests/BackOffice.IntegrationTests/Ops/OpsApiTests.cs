using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Ops;

public sealed class OpsApiTests
{
    private readonly HttpClient _http = Stack.Http();

    [Theory]
    [InlineData("hub-does-not-exist")]
    [InlineData("NOT-CANONICAL")]
    public async Task GetOrder_WhenUnknown_Answers404ProblemJson(string orderId)
    {
        using var response = await _http.GetAsync($"/api/ops/orders/{orderId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListOrders_WhenFilteredByStatus_IncludesAnOrderInThatStatus()
    {
        var externalId = HubOrders.NewExternalId("list");
        using var posted = await _http.SendAsync(HubOrders.Request(HubOrders.Json(externalId), Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        var list = await Eventually.MatchesAsync(
            async () => await _http.GetFromJsonAsync<JsonElement>("/api/ops/orders?status=RiskReview&limit=500"),
            json => json.GetProperty("orders").EnumerateArray().Any(order => order.GetProperty("orderId").GetString() == $"hub-{externalId}"),
            TimeSpan.FromSeconds(5),
            "the order listed in RiskReview");

        Assert.All(list.GetProperty("orders").EnumerateArray(), order => Assert.Equal("RiskReview", order.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?status=Teleported")]
    [InlineData("?status=3")]
    public async Task ListOrders_WhenStatusIsMissingOrUnknown_Answers400ProblemJson(string query)
    {
        using var response = await _http.GetAsync($"/api/ops/orders{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_WhenTheStackIsUp_Answers200NamingEveryDependency()
    {
        using var response = await _http.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dependencies = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dependencies");
        foreach (var name in new[] { "cosmos", "blob", "table", "queue" })
        {
            Assert.Equal("Healthy", dependencies.GetProperty(name).GetProperty("state").GetString());
        }
    }

    [Fact]
    public async Task HubOrderSchema_WhenRequested_IsPublished()
    {
        using var response = await _http.GetAsync("/api/schemas/hub-order");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schema = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("object", schema.GetProperty("type").GetString());
    }
}
