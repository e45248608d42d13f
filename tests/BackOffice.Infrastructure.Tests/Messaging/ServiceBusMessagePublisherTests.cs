using Azure.Messaging.ServiceBus;
using BackOffice.Application.Messaging;
using BackOffice.Infrastructure.Messaging;
using Moq;

namespace BackOffice.Infrastructure.Tests.Messaging;

/// <summary>
/// Pins what goes on the Service Bus queue, on the SDK's own types, since no Service Bus runs here: the AMQP message the
/// SDK would put on the wire, and the batches it would send.
/// </summary>
public sealed class ServiceBusMessagePublisherTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly OutboxMessage Received = new("hub-1001:0:OrderReceived", OrderMessageTypes.OrderReceived, "hub-1001", Now);

    private readonly Mock<ServiceBusSender> _sender = new();
    private readonly List<ServiceBusMessage> _sent = [];
    private readonly List<List<ServiceBusMessage>> _batches = [];

    public ServiceBusMessagePublisherTests()
    {
        _sender.Setup(sender => sender.SendMessageAsync(It.IsAny<ServiceBusMessage>(), It.IsAny<CancellationToken>()))
            .Callback((ServiceBusMessage message, CancellationToken _) => _sent.Add(message))
            .Returns(Task.CompletedTask);
        _sender.Setup(sender => sender.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
    }

    [Fact]
    public async Task PublishAsync_WhenSent_CarriesTheOutboxIdTheOrderSessionAndTheJsonBody()
    {
        await Publisher().PublishAsync(Received, CancellationToken.None);

        var message = Assert.Single(_sent);
        Assert.Equal(("hub-1001:0:OrderReceived", "hub-1001", "OrderReceived"), (message.MessageId, message.SessionId, message.Subject));
        Assert.Equal("application/json", message.ContentType);
        Assert.True(OrderMessageSerializer.TryDeserialize(message.Body.ToString(), out var body, out _));
        Assert.Equal(OrderMessage.From(Received), body with { Data = null });

        // What the broker gets: message-id and group-id (the session) in the AMQP properties, no schedule annotation.
        var amqp = message.GetRawAmqpMessage();
        Assert.Equal("hub-1001:0:OrderReceived", amqp.Properties.MessageId.ToString());
        Assert.Equal("hub-1001", amqp.Properties.GroupId);
        Assert.False(amqp.MessageAnnotations.ContainsKey("x-opt-scheduled-enqueue-time"));
        _sender.Verify(sender => sender.ScheduleMessageAsync(It.IsAny<ServiceBusMessage>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task PublishAsync_WhenTheMessageIsABackedOffRetry_SchedulesItsEnqueueTimeInUtc()
    {
        var retry = Received with { MessageId = "hub-1001:0:OrderReceived:retry-1", NotBefore = new DateTimeOffset(2026, 11, 23, 9, 0, 40, TimeSpan.FromHours(-3)) };

        await Publisher().PublishAsync(retry, CancellationToken.None);

        var message = Assert.Single(_sent);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 0, 40, TimeSpan.Zero), message.ScheduledEnqueueTime);
        Assert.Equal(TimeSpan.Zero, message.ScheduledEnqueueTime.Offset);
        var annotation = message.GetRawAmqpMessage().MessageAnnotations["x-opt-scheduled-enqueue-time"];
        Assert.Equal(new DateTime(2026, 11, 23, 12, 0, 40, DateTimeKind.Utc), Assert.IsType<DateTime>(annotation).ToUniversalTime());
    }

    [Fact]
    public async Task PublishAsync_WhenAChangeSendsSeveralMessages_SendsThemInOneBatchInOrder()
    {
        GiveBatches(capacity: 10);
        var messages = new[] { Received, Next("SubmitRiskAnalysis", 1), Next("NotifyStorefront", 2) };

        await Publisher().PublishAsync(messages, CancellationToken.None);

        var batch = Assert.Single(_batches);
        Assert.Equal(messages.Select(message => message.MessageId), batch.Select(message => message.MessageId));
        Assert.All(batch, message => Assert.Equal("hub-1001", message.SessionId));
        _sender.Verify(sender => sender.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(_sent);
    }

    [Fact]
    public async Task PublishAsync_WhenTheBatchFillsUp_SendsTheRestInTheNextBatch()
    {
        GiveBatches(capacity: 2);
        var messages = new[] { Received, Next("SubmitRiskAnalysis", 1), Next("NotifyStorefront", 2) };

        await Publisher().PublishAsync(messages, CancellationToken.None);

        Assert.Equal([2, 1], _batches.Select(batch => batch.Count));
        Assert.Equal(messages.Select(message => message.MessageId), _batches.SelectMany(batch => batch).Select(message => message.MessageId));
        _sender.Verify(sender => sender.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task PublishAsync_WhenOneMessageIsLargerThanAnEmptyBatch_FailsInsteadOfDroppingIt()
    {
        GiveBatches(capacity: 0);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Publisher().PublishAsync([Received], CancellationToken.None));

        Assert.Contains(Received.MessageId, error.Message);
        _sender.Verify(sender => sender.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task PublishAsync_WhenTheSendFails_LetsTheErrorThrough()
    {
        _sender.Setup(sender => sender.SendMessageAsync(It.IsAny<ServiceBusMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ServiceBusException("namespace unreachable", ServiceBusFailureReason.ServiceCommunicationProblem));

        await Assert.ThrowsAsync<ServiceBusException>(() => Publisher().PublishAsync(Received, CancellationToken.None));
    }

    private ServiceBusMessagePublisher Publisher() => new(_sender.Object, new StorageOperationCounter());

    private static OutboxMessage Next(string type, int sequence) => Received with { MessageId = $"hub-1001:{sequence}:{type}", Type = type };

    private void GiveBatches(int capacity) =>
        _sender.Setup(sender => sender.CreateMessageBatchAsync(It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                var store = new List<ServiceBusMessage>();
                _batches.Add(store);
                return ValueTask.FromResult(ServiceBusModelFactory.ServiceBusMessageBatch(
                    256 * 1024, store, tryAddCallback: _ => store.Count < capacity));
            });
}
