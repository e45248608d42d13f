using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Lifecycle;

/// <summary>
/// CONTRACT.md's e-mail markers, end to end: orders through the function app, the real queue trigger and the partner
/// sandbox's simulators and callbacks, each to its outcome with exactly one effect of each kind in the sandbox's ledger.
/// </summary>
public sealed class OrderOutcomeTests(MarkedOrders orders) : IClassFixture<MarkedOrders>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly HttpClient _http = Stack.Http();

    public static TheoryData<int, string> Outcomes
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (var (@case, index) in MarkedOrders.Cases.Select((@case, index) => (@case, index)))
            {
                data.Add(index, $"'{@case.Marker}' {@case.Method}");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Order_WhenTheCustomerEmailCarriesAMarker_EndsAsTheContractSaysWithOneEffectOfEachKind(
        int index, string marker)
    {
        var (_, method, chargeCreatedBy, expected) = MarkedOrders.Cases[index];
        var orderId = orders.OrderIdOf(index);

        var order = await Eventually.MatchesAsync(
            () => _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}"),
            json => json.GetProperty("status").GetString() == expected && Settled(json, expected),
            Patience,
            $"{orderId} ({marker}) reaching {expected}");

        // Late callbacks and sweeps must not add anything once the outcome is reached.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var effects = await Sandbox.EffectCountsAsync(orderId);
        Assert.All(effects, effect => Assert.Equal(1, effect.Value));
        var paid = expected is "Delivered" or "DeliveryFailed" or "NeedsAttention";
        Assert.Equal(method == "credit_card" && (paid || MarkedOrders.Cases[index].Marker == "+decline"), effects.ContainsKey("pagarme charge.capture"));
        Assert.Equal(chargeCreatedBy == "hub", effects.ContainsKey("pagarme order.create"));
        Assert.Equal(paid, effects.ContainsKey("focusnfe nfe.issue"));
        Assert.Equal(expected is "Delivered" or "DeliveryFailed", effects.ContainsKey("melhorenvio shipment.checkout"));
        Assert.False(effects.ContainsKey("pagarme charge.refund"));
        Assert.Equal(expected, (await _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}")).GetProperty("status").GetString());
        Assert.Equal(0, order.GetProperty("pendingMessages").GetInt32());
        if (expected is "Delivered" or "DeliveryFailed")
        {
            await AssertDocumentsKeptAsync(order);
        }
    }

    private static async Task AssertDocumentsKeptAsync(JsonElement order)
    {
        var xml = System.Text.Encoding.UTF8.GetString(await Stack.ReadBlobAsync(order.GetProperty("invoice").GetProperty("xmlLocation").GetString()!));
        Assert.Contains(order.GetProperty("invoice").GetProperty("accessKey").GetString()!, xml);
        var danfe = await Stack.ReadBlobAsync(order.GetProperty("invoice").GetProperty("danfeLocation").GetString()!);
        var label = await Stack.ReadBlobAsync(order.GetProperty("shipment").GetProperty("labelLocation").GetString()!);
        Assert.Equal("%PDF"u8.ToArray(), danfe[..4]);
        Assert.Equal("%PDF"u8.ToArray(), label[..4]);
    }

    // Cancelled orders are settled once their compensations are done; the others once they reach the status.
    private static bool Settled(JsonElement order, string expected) =>
        order.GetProperty("pendingMessages").GetInt32() == 0
        && (expected != "Cancelled" || !order.GetProperty("pendingCompensations").GetProperty("any").GetBoolean());
}
