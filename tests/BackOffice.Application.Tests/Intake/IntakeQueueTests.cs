using System.Text;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Processing;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Intake;

public sealed class IntakeQueueTests
{
    private static readonly OrderId OrderId = OrderId.For(SalesChannel.Hub, "1001");
    private readonly Hub _hub = new();

    [Fact]
    public async Task EnqueueAsync_WhenTheBodyFitsAMessage_CarriesItInlineAndArchivesNothing()
    {
        var body = Encoding.UTF8.GetBytes(Hub.OrderJson());

        await _hub.IntakeQueue.EnqueueAsync("Test", new InboundDelivery(SalesChannel.Hub, "d-1", body), OrderId, new Dictionary<string, string> { ["X-Topic"] = "t" }, CancellationToken.None);

        var read = await _hub.IntakeQueue.ReadAsync(OrderMessage.From(Assert.Single(_hub.Publisher.Sent)), CancellationToken.None);
        Assert.Equal((Hub.OrderJson(), "d-1", "t"), (Encoding.UTF8.GetString(read.Body.Span), read.DeliveryId, read.Headers["X-Topic"]));
        Assert.Empty(_hub.Archive.Blobs);
    }

    [Fact]
    public async Task EnqueueAsync_WhenTheBodyIsTooLargeForAStorageQueueMessage_ArchivesItAndTheMessagePointsAtIt()
    {
        // Escaped in the message JSON, 30,000 quotes take 60,000 bytes: past the 48 KiB a Storage queue message holds.
        var json = Hub.OrderJson().Replace("\"Camiseta\"", $"\"{string.Concat(Enumerable.Repeat("\\\"", 30_000))}\"", StringComparison.Ordinal);
        var body = Encoding.UTF8.GetBytes(json);

        await _hub.IntakeQueue.EnqueueAsync("Test", new InboundDelivery(SalesChannel.Hub, "d-1", body), OrderId, null, CancellationToken.None);

        var sent = Assert.Single(_hub.Publisher.Sent);
        Assert.False(sent.Data!.ContainsKey(IntakeQueue.Body));
        Assert.True(Encoding.UTF8.GetByteCount(OrderMessageSerializer.Serialize(OrderMessage.From(sent))) < IntakeQueue.InlineLimit);
        Assert.Single(_hub.Archive.Blobs);
        var read = await _hub.IntakeQueue.ReadAsync(OrderMessage.From(sent), CancellationToken.None);
        Assert.Equal(json, Encoding.UTF8.GetString(read.Body.Span));
    }

    [Fact]
    public async Task ReadAsync_WhenTheMessageCarriesNoBody_IsUnprocessable()
    {
        var message = new OrderMessage("m-1", "Test", OrderId.Value, DateTimeOffset.UnixEpoch, new Dictionary<string, string> { [IntakeQueue.DeliveryId] = "d-1" });

        await Assert.ThrowsAsync<UnprocessableMessageException>(() => _hub.IntakeQueue.ReadAsync(message, CancellationToken.None));
    }

    [Fact]
    public void MessageIdFor_WhenTheIdsAreLong_StaysWithinServiceBus128Characters()
    {
        var id = IntakeQueue.MessageIdFor("HubOrderReceived", OrderId.For(SalesChannel.Hub, new string('x', 64)), new string('d', 128));

        Assert.True(id.Length <= 128, id);
        Assert.Equal(id, IntakeQueue.MessageIdFor("HubOrderReceived", OrderId.For(SalesChannel.Hub, new string('x', 64)), new string('d', 128)));
    }
}
