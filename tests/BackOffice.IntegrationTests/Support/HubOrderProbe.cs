using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BackOffice.IntegrationTests.Support;

/// <summary>Posts hub-format orders and watches them through the ops API.</summary>
public sealed class HubOrderProbe(HttpClient http)
{
    public async Task<string> PostAsync(string email, string method = "credit_card", string chargeCreatedBy = "checkout")
    {
        var externalId = HubOrders.NewExternalId("life");
        using var posted = await http.SendAsync(HubOrders.Request(HubOrders.Json(externalId, email, method, chargeCreatedBy), Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        return $"hub-{externalId}";
    }

    public Task<JsonElement> GetAsync(string orderId) => http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}");

    public Task<JsonElement> WaitForEventAsync(string orderId, string eventName, TimeSpan within) =>
        Eventually.MatchesAsync(() => GetAsync(orderId), order => Events(order).Contains(eventName), within, $"{orderId} recording {eventName}");

    /// <summary>
    /// Waits until ClearSale's status-change callback was noted: for a <c>+review</c> order ClearSale then has it in its
    /// own manual analysis (AMA) and the order waits in RiskReview for ClearSale's analyst (or for ops to decide).
    /// </summary>
    public Task<JsonElement> WaitForRiskCallbackAsync(string orderId, TimeSpan within) =>
        Eventually.MatchesAsync(() => GetAsync(orderId), RiskCallbackNoted, within, $"{orderId} noting ClearSale's callback");

    public static bool RiskCallbackNoted(JsonElement order) =>
        order.GetProperty("timeline").EnumerateArray().Any(entry =>
            entry.GetProperty("event").GetString() == "PartnerCallbackReceived"
            && entry.GetProperty("detail").GetString()?.StartsWith("clearsale ", StringComparison.Ordinal) == true);

    /// <summary>Waits for the status and, for a cancellation, for every compensation to be done at the partners.</summary>
    public Task<JsonElement> WaitForStatusAsync(string orderId, string status, TimeSpan within) =>
        Eventually.MatchesAsync(
            () => GetAsync(orderId),
            order => order.GetProperty("status").GetString() == status && !order.GetProperty("pendingCompensations").GetProperty("any").GetBoolean(),
            within,
            $"{orderId} settling in {status}");

    public Task<HttpResponseMessage> ActAsync(string orderId, string action, object body) =>
        http.PostAsJsonAsync($"/api/ops/orders/{orderId}/{action}", body);

    public static IReadOnlyList<string> Events(JsonElement order) =>
        [.. order.GetProperty("timeline").EnumerateArray().Select(entry => entry.GetProperty("event").GetString()!)];
}
