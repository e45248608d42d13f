using System.Text;
using System.Text.Json.Nodes;
using BackOffice.Application.Channels.Hub;
using BackOffice.Application.StoreEvents;

namespace BackOffice.Application.Tests.StoreEvents;

public sealed class StoreEventSignerTests
{
    private static readonly StoreEventDelivery Event = new(
        7, "hub-1001:7", "order.invoiced", new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
        """{"id":"hub-1001:7","type":"order.invoiced","sequence":7,"orderId":"hub-1001","data":{"status":"Invoiced"}}""");

    private static readonly DateTimeOffset SentAt = new(2026, 11, 23, 12, 0, 5, 250, TimeSpan.Zero);

    [Fact]
    public void Sign_WhenSigned_TheHeaderIsTheHexHmacOfTheExactBodyWithTheStoresSecret()
    {
        var (body, headers) = StoreEventSigner.Sign(Event, "store-secret", SentAt);

        Assert.True(new HubSignatureVerifier(new HubWebhookSettings("store-secret")).IsValid(headers["X-Hub-Signature-256"], body));
        Assert.False(new HubSignatureVerifier(new HubWebhookSettings("another-secret")).IsValid(headers["X-Hub-Signature-256"], body));
        Assert.Matches("^sha256=[0-9a-f]{64}$", headers["X-Hub-Signature-256"]);
    }

    [Fact]
    public void Sign_WhenSigned_PutsTheAttemptTimeInsideTheSignedBodyAndTheEventIdInTheDeliveryHeader()
    {
        var (body, headers) = StoreEventSigner.Sign(Event, "store-secret", SentAt);

        var json = JsonNode.Parse(Encoding.UTF8.GetString(body))!;
        Assert.Equal("2026-11-23T12:00:05.250Z", json["sentAt"]!.GetValue<string>());
        Assert.Equal(("hub-1001:7", "order.invoiced", SentAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (headers["X-Hub-Delivery"], headers["X-Hub-Event"], headers["X-Hub-Timestamp"]));
        Assert.Equal("Invoiced", json["data"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public void Sign_WhenTheSameEventIsSentLater_ChangesTheSignatureButNotTheEventId()
    {
        var first = StoreEventSigner.Sign(Event, "store-secret", SentAt);
        var later = StoreEventSigner.Sign(Event, "store-secret", SentAt.AddMinutes(10));

        Assert.NotEqual(first.Headers["X-Hub-Signature-256"], later.Headers["X-Hub-Signature-256"]);
        Assert.Equal(first.Headers["X-Hub-Delivery"], later.Headers["X-Hub-Delivery"]);
    }
}
