using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Lifecycle;

/// <summary>
/// CONTRACT.md's e-mail markers, end to end: orders through the function app, the real queue trigger and the partner
/// sandbox's simulators and callbacks, each to its outcome with exactly one effect of each kind in the sandbox's ledger.
/// </summary>
public sealed class OrderOutcomeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly HttpClient _http = Stack.Http();

    public static TheoryData<string, string, string, string> Outcomes => new()
    {
        { "", "credit_card", "checkout", "Delivered" },
        { "", "pix", "hub", "Delivered" },
        { "+review", "credit_card", "checkout", "RiskReview" },
        { "+deny", "credit_card", "checkout", "Cancelled" },
        { "+decline", "credit_card", "checkout", "Cancelled" },
        { "+nopay", "pix", "hub", "Cancelled" },
        { "+nfe-reject", "credit_card", "checkout", "NeedsAttention" },
        { "+undeliverable", "credit_card", "checkout", "DeliveryFailed" },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Order_WhenTheCustomerEmailCarriesAMarker_EndsAsTheContractSaysWithOneEffectOfEachKind(
        string marker, string method, string chargeCreatedBy, string expected)
    {
        var externalId = HubOrders.NewExternalId("e2e");
        var orderId = $"hub-{externalId}";
        using var posted = await _http.SendAsync(HubOrders.Request(
            HubOrders.Json(externalId, $"cliente{marker}@example.com", method, chargeCreatedBy), Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        var order = await Eventually.MatchesAsync(
            () => _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}"),
            json => json.GetProperty("status").GetString() == expected && Settled(json, expected),
            Patience,
            $"{orderId} reaching {expected}");

        // Late callbacks and sweeps must not add anything once the outcome is reached.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var effects = (await Sandbox.EffectsAsync(orderId)).GroupBy(effect => $"{effect.Partner} {effect.Operation}").ToDictionary(group => group.Key, group => group.Count());
        Assert.All(effects, effect => Assert.Equal(1, effect.Value));
        var paid = expected is "Delivered" or "DeliveryFailed" or "NeedsAttention";
        Assert.Equal(paid && method == "credit_card", effects.ContainsKey("pagarme charge.capture"));
        Assert.Equal(paid, effects.ContainsKey("focusnfe nfe.issue"));
        Assert.Equal(expected is "Delivered" or "DeliveryFailed", effects.ContainsKey("melhorenvio shipment.checkout"));
        Assert.False(effects.ContainsKey("pagarme charge.refund"));
        Assert.Equal(expected, (await _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}")).GetProperty("status").GetString());
        Assert.Equal(0, order.GetProperty("pendingMessages").GetInt32());
    }

    // Cancelled orders are settled once their compensations are done; the others once they reach the status.
    private static bool Settled(JsonElement order, string expected) =>
        expected != "Cancelled" || !order.GetProperty("pendingCompensations").GetProperty("any").GetBoolean();
}
