using System.Net;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Lifecycle;

/// <summary>
/// Posts one order per e-mail marker at once, before the first test, so the slow outcomes (a PIX left to expire, a
/// parcel moving through the carrier) run side by side instead of one after another.
/// </summary>
public sealed class MarkedOrders : IAsyncLifetime
{
    public static readonly (string Marker, string Method, string ChargeCreatedBy, string Expected)[] Cases =
    [
        ("", "credit_card", "checkout", "Delivered"),
        ("", "pix", "hub", "Delivered"),
        ("+review", "credit_card", "checkout", "RiskReview"),
        ("+deny", "credit_card", "checkout", "Cancelled"),
        ("+decline", "credit_card", "checkout", "Cancelled"),
        ("+nopay", "pix", "hub", "Cancelled"),
        ("+nfe-reject", "credit_card", "checkout", "NeedsAttention"),
        ("+undeliverable", "credit_card", "checkout", "DeliveryFailed"),
    ];

    private readonly Dictionary<int, string> _orderIds = [];

    public string OrderIdOf(int index) => _orderIds[index];

    public async Task InitializeAsync()
    {
        using var http = Stack.Http();
        await Task.WhenAll(Cases.Select(async (@case, index) =>
        {
            var externalId = HubOrders.NewExternalId("e2e");
            using var posted = await http.SendAsync(HubOrders.Request(
                HubOrders.Json(externalId, $"cliente{@case.Marker}@example.com", @case.Method, @case.ChargeCreatedBy), Guid.NewGuid().ToString()));
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
            lock (_orderIds)
            {
                _orderIds[index] = $"hub-{externalId}";
            }
        }));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
