using System.Text;
using BackOffice.Application.Channels.Hub;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Channels;

public sealed class HubOrderWebhookTests
{
    private readonly Hub _hub = new();

    [Fact]
    public async Task ReceiveAsync_WhenSignedAndValid_StoresOrderArchivesBodyAndSendsOrderReceived()
    {
        var outcome = await _hub.PostSignedAsync(Hub.OrderJson());

        var accepted = Assert.IsType<WebhookOutcome.Accepted>(outcome);
        Assert.Equal(("hub-1001", false), (accepted.OrderId, accepted.Repeated));
        var order = await _hub.Orders.FindAsync(OrderId.For(SalesChannel.Hub, "1001"), CancellationToken.None);
        Assert.Equal(OrderStatus.Received, order!.Order.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 55, 0, TimeSpan.Zero), order.Order.PlacedAt);
        Assert.Equal("52998224725", order.Order.Customer.Document);
        Assert.Empty(order.Outbox);
        var sent = Assert.Single(_hub.Publisher.Steps);
        Assert.Equal((OrderMessageTypes.OrderReceived, "hub-1001:0:OrderReceived"), (sent.Type, sent.MessageId));
        Assert.Equal(Hub.OrderJson(), Encoding.UTF8.GetString(Assert.Single(_hub.Archive.Blobs).Value));
        Assert.Equal("hub-1001", _hub.Deliveries.Records[("hub", "delivery-1")].OrderId);
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheSameDeliveryRepeats_AnswersTheSameOrderAndChangesNothing()
    {
        await _hub.PostSignedAsync(Hub.OrderJson());
        var writes = _hub.Orders.Writes;

        var outcome = await _hub.PostSignedAsync(Hub.OrderJson());

        Assert.Equal(new WebhookOutcome.Accepted("hub-1001", Repeated: true), outcome);
        Assert.Equal(writes, _hub.Orders.Writes);
        Assert.Single(_hub.Publisher.Steps);
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheSameOrderComesInAnotherDelivery_KeepsTheFirstOrder()
    {
        await _hub.PostSignedAsync(Hub.OrderJson(unitPrice: 4990), "delivery-1");

        var outcome = await _hub.PostSignedAsync(Hub.OrderJson(unitPrice: 9990), "delivery-2");

        Assert.Equal(new WebhookOutcome.Accepted("hub-1001", Repeated: true), outcome);
        var order = await _hub.Orders.FindAsync(OrderId.For(SalesChannel.Hub, "1001"), CancellationToken.None);
        Assert.Equal(4990, order!.Order.Lines[0].UnitPriceCents);
        Assert.Single(_hub.Publisher.Steps);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=00")]
    [InlineData("sha256=not-hex")]
    [InlineData("md5=abc")]
    public async Task ReceiveAsync_WhenSignatureIsMissingOrWrong_RejectsUnauthorizedAndStoresNothing(string? signature)
    {
        var outcome = await _hub.Webhook.ReceiveAsync(Encoding.UTF8.GetBytes(Hub.OrderJson()), signature, "d1", CancellationToken.None);

        Assert.Equal(WebhookRejection.Unauthorized, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
        AssertNothingStored();
    }

    [Theory]
    [InlineData("{\"id\": ")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task ReceiveAsync_WhenBodyIsNotJson_RejectsMalformed(string body)
    {
        var outcome = await _hub.PostSignedAsync(body);

        Assert.Equal(WebhookRejection.Malformed, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
        AssertNothingStored();
    }

    [Theory]
    [InlineData("""{"items": []}""", "id")]
    [InlineData("[]", "$")]
    [InlineData("42", "$")]
    [InlineData("""{"id": "1", "items": "many"}""", "items")]
    [InlineData("""{"id": "1", "total": 10.5}""", "total")]
    public async Task ReceiveAsync_WhenJsonIsNotAnOrder_RejectsInvalidOrderNamingTheField(string body, string field)
    {
        var outcome = await _hub.PostSignedAsync(body);

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal(WebhookRejection.InvalidOrder, rejected.Reason);
        Assert.Contains(field, rejected.Errors!.Keys);
        AssertNothingStored();
    }

    [Theory]
    [InlineData("\"Maria Silva\"", "customer.name", 201)]
    [InlineData("\"Av. Paulista\"", "shippingAddress.street", 201)]
    [InlineData("\"SKU-1\"", "items[0].sku", 101)]
    [InlineData("\"Camiseta\"", "items[0].title", 900_000)]
    public async Task ReceiveAsync_WhenATextFieldIsPastItsLimit_RejectsInvalidOrderNamingTheField(string value, string field, int length)
    {
        var json = Hub.OrderJson().Replace(value, $"\"{new string('x', length)}\"", StringComparison.Ordinal);

        var outcome = await _hub.PostSignedAsync(json);

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal(WebhookRejection.InvalidOrder, rejected.Reason);
        Assert.Equal([field], rejected.Errors!.Keys);
        AssertNothingStored();
    }

    [Fact]
    public async Task ReceiveAsync_WhenEveryTextFieldIsAtItsLimit_AcceptsTheOrder()
    {
        var json = Hub.OrderJson().Replace("\"Maria Silva\"", $"\"{new string('x', HubOrderMapper.MaxText)}\"", StringComparison.Ordinal);

        Assert.IsType<WebhookOutcome.Accepted>(await _hub.PostSignedAsync(json));
    }

    [Fact]
    public async Task ReceiveAsync_WhenCurrencyUnknownAndTotalNegative_ListsEveryProblem()
    {
        var json = Hub.OrderJson().Replace("\"BRL\"", "\"XYZ\"").Replace("\"quantity\": 2", "\"quantity\": 0");

        var outcome = await _hub.PostSignedAsync(json);

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal(WebhookRejection.InvalidOrder, rejected.Reason);
        Assert.Contains("currency", rejected.Errors!.Keys);
        AssertNothingStored();
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheHubMustChargeACardWithoutTokenOrCardId_RejectsNamingPaymentCard()
    {
        var json = Hub.OrderJson().Replace("\"method\": \"pix\"", "\"method\": \"credit_card\", \"chargeCreatedBy\": \"hub\"");

        var outcome = await _hub.PostSignedAsync(json);

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal(WebhookRejection.InvalidOrder, rejected.Reason);
        Assert.Contains("payment.card", rejected.Errors!.Keys);
        AssertNothingStored();
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheHubMustChargeACardWithTheCheckoutsToken_KeepsTheTokenAndCardDetailsOnTheOrder()
    {
        var json = Hub.OrderJson()
            .Replace("\"method\": \"pix\"", "\"method\": \"credit_card\", \"chargeCreatedBy\": \"hub\", \"card\": { \"token\": \"token_abc\", \"bin\": \"411111\", \"last4\": \"1111\", \"holderName\": \"MARIA SILVA\" }")
            .Replace("\"document\": \"529.982.247-25\"", "\"document\": \"529.982.247-25\", \"phone\": \"11987654321\", \"sessionId\": \"fp-session-1\", \"ip\": \"203.0.113.7\"");

        var outcome = await _hub.PostSignedAsync(json);

        var accepted = Assert.IsType<WebhookOutcome.Accepted>(outcome);
        Assert.True(OrderId.TryParse(accepted.OrderId, out var orderId));
        var order = (await _hub.Orders.FindAsync(orderId!, CancellationToken.None))!.Order;
        Assert.Equal(new PaymentCard("token_abc", null, "411111", "1111", "MARIA SILVA"), order.Payment.Card);
        Assert.Equal(("fp-session-1", "203.0.113.7"), (order.Customer.DeviceSessionId, order.Customer.Ip));
    }

    [Fact]
    public async Task ReceiveAsync_WhenTotalDoesNotAddUp_RejectsWithTheRuleMessage()
    {
        var outcome = await _hub.PostSignedAsync(Hub.OrderJson().Replace("\"total\": 10980", "\"total\": 10"));

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Contains(rejected.Errors!["order"], message => message.Contains("total", StringComparison.OrdinalIgnoreCase));
        AssertNothingStored();
    }

    [Fact]
    public async Task ReceiveAsync_WhenDeliveryHeaderIsMissing_UsesTheBodyHashSoARetryIsStillOneDelivery()
    {
        await _hub.PostSignedAsync(Hub.OrderJson(), deliveryId: null);
        var outcome = await _hub.PostSignedAsync(Hub.OrderJson(), deliveryId: null);

        Assert.Equal(new WebhookOutcome.Accepted("hub-1001", Repeated: true), outcome);
        Assert.StartsWith("sha256-", Assert.Single(_hub.Deliveries.Records).Key.Item2);
    }

    [Fact]
    public async Task ReceiveAsync_WhenSendingFails_KeepsTheOrderWithItsOutboxForTheSweeper()
    {
        await _hub.IntakeWithFailingSendsAsync(Hub.OrderJson());

        var order = await _hub.Orders.FindAsync(OrderId.For(SalesChannel.Hub, "1001"), CancellationToken.None);
        Assert.Single(order!.Outbox, message => message.Type != OrderMessageTypes.NotifyStore);
        Assert.Empty(_hub.Deliveries.Records);
    }

    [Fact]
    public async Task ApplyAsync_WhenTheIntakeStoppedAfterTheSave_TheMessagesRetryCompletesItOnce()
    {
        Assert.IsType<WebhookOutcome.Accepted>(await _hub.AckAsync(Hub.OrderJson()));
        var queued = _hub.TakeQueued(HubOrderWebhook.MessageType);
        _hub.Publisher.Fail = true;
        await Assert.ThrowsAsync<IOException>(() => _hub.Webhook.ApplyAsync(queued, CancellationToken.None));
        _hub.Publisher.Fail = false;

        var retried = await _hub.Webhook.ApplyAsync(queued, CancellationToken.None);

        Assert.Equal(new WebhookOutcome.Accepted("hub-1001", Repeated: true), retried);
        Assert.Single(_hub.Publisher.Steps, message => message.Type == OrderMessageTypes.OrderReceived);
        Assert.Equal("hub-1001", _hub.Deliveries.Records[("hub", "delivery-1")].OrderId);
    }

    private void AssertNothingStored()
    {
        Assert.Equal(0, _hub.Orders.Writes);
        Assert.Empty(_hub.Archive.Blobs);
        Assert.Empty(_hub.Deliveries.Records);
        Assert.Empty(_hub.Publisher.Sent);
    }
}
