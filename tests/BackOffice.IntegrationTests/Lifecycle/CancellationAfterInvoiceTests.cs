using System.Net;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Lifecycle;

/// <summary>
/// An order held at Invoiced (the carrier refuses every call) and then cancelled: the NF-e is cancelled at SEFAZ first,
/// then the payment refunded, each once, and no label is bought when the carrier comes back.
/// </summary>
[Collection(FaultInjectionCollection.Name)]
public sealed class CancellationAfterInvoiceTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HubOrderProbe _orders = new(Stack.Http());

    public Task InitializeAsync() => Sandbox.SetFaultsAsync("melhorenvio", errorRate: 1.0);

    public Task DisposeAsync() => Sandbox.SetFaultsAsync("melhorenvio", errorRate: 0.0);

    [Fact]
    public async Task Cancel_WhenTheNfeIsAuthorized_CancelsTheNfeThenRefundsOnce()
    {
        var orderId = await _orders.PostAsync("bia@example.com");
        await _orders.WaitForEventAsync(orderId, "InvoiceAuthorized", Patience);

        using var cancelled = await _orders.ActAsync(orderId, "cancel", new { reason = "customer regret" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        await Sandbox.SetFaultsAsync("melhorenvio", errorRate: 0.0);
        var order = await _orders.WaitForStatusAsync(orderId, "Cancelled", Patience);

        var events = HubOrderProbe.Events(order);
        Assert.True(events.ToList().IndexOf("InvoiceCancelled") < events.ToList().IndexOf("ChargeRefunded"), string.Join(",", events));
        var effects = await Sandbox.EffectCountsAsync(orderId);
        Assert.Equal(1, effects.GetValueOrDefault("focusnfe nfe.cancel"));
        Assert.Equal(1, effects.GetValueOrDefault("pagarme charge.refund"));
        Assert.DoesNotContain("melhorenvio shipment.checkout", effects.Keys);
    }
}
