using System.Text;
using BackOffice.Application.Channels.Hub;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BackOffice.Application.Tests.Intake;

/// <summary>
/// The webhook ack with every storage port mocked strictly: a call the ack should not make fails the test. The ack is
/// verify, validate, one queued message, answer.
/// </summary>
public sealed class WebhookAckTests
{
    private readonly Mock<IDeliveryLog> _deliveries = new(MockBehavior.Strict);
    private readonly Mock<IRawPayloadArchive> _archive = new(MockBehavior.Strict);
    private readonly Mock<IOrderRepository> _orders = new(MockBehavior.Strict);
    private readonly Mock<IMessagePublisher> _publisher = new(MockBehavior.Strict);
    private readonly HubOrderWebhook _webhook;

    public WebhookAckTests()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var intake = new OrderIntake(
            _deliveries.Object, _archive.Object, _orders.Object, new OutboxDispatcher(_publisher.Object, _orders.Object, NullLogger<OutboxDispatcher>.Instance),
            clock, NullLogger<OrderIntake>.Instance);
        _webhook = new HubOrderWebhook(new HubSignatureVerifier(new HubWebhookSettings(Hub.Secret)), intake, new IntakeQueue(_publisher.Object, _archive.Object, clock));
    }

    [Fact]
    public async Task ReceiveAsync_WhenSignedAndValid_WritesExactlyOneMessageCarryingTheBodyAndAnswersTheOrderId()
    {
        var sent = new List<OutboxMessage>();
        _publisher.Setup(publisher => publisher.PublishAsync(Capture.In(sent), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var body = Encoding.UTF8.GetBytes(Hub.OrderJson());

        var outcome = await _webhook.ReceiveAsync(body, Sign(body), "delivery-1", CancellationToken.None);

        Assert.Equal(new WebhookOutcome.Accepted("hub-1001", Repeated: null), outcome);
        var message = Assert.Single(sent);
        Assert.Equal((HubOrderWebhook.MessageType, "hub-1001", "hub-1001:HubOrderReceived:delivery-1"), (message.Type, message.OrderId, message.MessageId));
        Assert.Equal((Hub.OrderJson(), "delivery-1"), (message.Data![IntakeQueue.Body], message.Data[IntakeQueue.DeliveryId]));
        _publisher.Verify(publisher => publisher.PublishAsync(It.IsAny<IReadOnlyList<OutboxMessage>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("sha256=00", null)]
    [InlineData(null, "{\"id\": ")]
    [InlineData(null, """{"items": []}""")]
    public async Task ReceiveAsync_WhenRejected_WritesNothing(string? signature, string? json)
    {
        var body = Encoding.UTF8.GetBytes(json ?? Hub.OrderJson());

        var outcome = await _webhook.ReceiveAsync(body, signature ?? Sign(body), "delivery-1", CancellationToken.None);

        Assert.IsType<WebhookOutcome.Rejected>(outcome);
        // Strict mocks: any storage call would have thrown; none was set up.
        _publisher.VerifyNoOtherCalls();
    }

    private static string Sign(byte[] body) => new HubSignatureVerifier(new HubWebhookSettings(Hub.Secret)).Sign(body);
}
