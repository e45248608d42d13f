using Azure.Messaging.ServiceBus;
using BackOffice.Infrastructure.DeadLetters;
using Moq;

namespace BackOffice.Infrastructure.Tests.DeadLetters;

/// <summary>No Service Bus emulator exists: the SDK's own model factory shapes the dead letters, the receiver is mocked.</summary>
public sealed class ServiceBusDeadLetterQueueTests
{
    private readonly Mock<ServiceBusReceiver> _receiver = new();

    [Fact]
    public async Task ListAsync_WhenMessagesAreDeadLettered_ShowsSequenceNumberReasonAndDeliveryCount()
    {
        _receiver.SetupSequence(receiver => receiver.PeekMessagesAsync(It.IsAny<int>(), It.IsAny<long?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([DeadLetter(7, "x", "MaxDeliveryCountExceeded", "Message could not be consumed after 10 delivery attempts.", 10)])
            .ReturnsAsync([]);

        var page = await Queue().ListAsync(100, CancellationToken.None);

        var letter = Assert.Single(page.Messages);
        Assert.Equal(("7", "x", "MaxDeliveryCountExceeded: Message could not be consumed after 10 delivery attempts.", (int?)10),
            (letter.Id, letter.Body, letter.TransportReason, letter.DeliveryCount));
    }

    [Fact]
    public async Task ReplayAsync_WhenOneMatches_CompletesItAndAbandonsTheOthersAfterThePass()
    {
        var wanted = DeadLetter(2, "b", "MaxDeliveryCountExceeded", null, 10);
        var other = DeadLetter(1, "a", "MaxDeliveryCountExceeded", null, 10);
        _receiver.SetupSequence(receiver => receiver.ReceiveMessagesAsync(It.IsAny<int>(), It.IsAny<TimeSpan?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([other, wanted])
            .ReturnsAsync([]);

        var matched = await Queue().ReplayAsync(letter => letter.Id == "2", (_, _) => Task.FromResult(true), 1, CancellationToken.None);

        Assert.Equal(1, matched);
        _receiver.Verify(receiver => receiver.CompleteMessageAsync(wanted, It.IsAny<CancellationToken>()), Times.Once);
        _receiver.Verify(receiver => receiver.AbandonMessageAsync(other, It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()), Times.Once);
        _receiver.Verify(receiver => receiver.CompleteMessageAsync(other, It.IsAny<CancellationToken>()), Times.Never);
    }

    private ServiceBusDeadLetterQueue Queue() => new("order-messages", () => _receiver.Object, new StorageOperationCounter());

    private static ServiceBusReceivedMessage DeadLetter(long sequenceNumber, string body, string reason, string? description, int deliveryCount) =>
        ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: BinaryData.FromString(body),
            properties: new Dictionary<string, object>
            {
                ["DeadLetterReason"] = reason,
                ["DeadLetterErrorDescription"] = description ?? "",
            },
            deliveryCount: deliveryCount,
            sequenceNumber: sequenceNumber,
            enqueuedTime: DateTimeOffset.UtcNow);
}
