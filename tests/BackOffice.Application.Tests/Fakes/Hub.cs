using System.Text;
using BackOffice.Application.Channels.Hub;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Application.Processing.Steps;
using BackOffice.Application.Shipping;
using BackOffice.Application.StoreEvents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Application.Tests.Fakes;

/// <summary>The application wired to in-memory ports, as the function app wires it to Azure.</summary>
internal sealed class Hub
{
    public const string Secret = "test-secret";

    public Hub()
    {
        Dispatcher = new OutboxDispatcher(Publisher, Orders, NullLogger<OutboxDispatcher>.Instance);
        Verifier = new HubSignatureVerifier(new HubWebhookSettings(Secret));
        IntakeQueue = new IntakeQueue(Publisher, Archive, Clock);
        Webhook = new HubOrderWebhook(Verifier, new OrderIntake(Deliveries, Archive, Orders, Dispatcher, Clock, NullLogger<OrderIntake>.Instance), IntakeQueue);
        var updater = new OrderUpdater(Orders, Dispatcher);
        var followUps = new PartnerFollowUps(Partners, Partners, Partners, Partners, Partners);
        var risk = new SubmitRiskAnalysisStep(Partners, followUps);
        var payment = new CollectPaymentStep(Partners, followUps, LifecycleSettings.Default);
        var stock = new ReserveStockStep(Partners);
        var invoice = new IssueInvoiceStep(Partners, followUps);
        var label = new PurchaseLabelStep(Partners, Partners, Shipping, LifecycleSettings.Default);
        var consume = new ConsumeStockStep(Partners);
        var compensate = new CompensateStep(Partners, Partners, Partners, Partners, followUps, LifecycleSettings.Default);
        var start = new StartRiskAnalysisStep();
        IOrderMessageStep[] steps =
        [
            start, risk, payment, stock, invoice, label, consume, compensate, new PartnerCallbackStep(followUps),
            new ContinueOrderStep(start, risk, payment, stock, invoice, label, compensate),
            new NotifyStoreStep(Courier = new StoreEventCourier(
                StoreEvents, Store, Partners, Publisher, updater, StoreSettings, Clock, NullLogger<StoreEventCourier>.Instance)),
        ];
        Messages = new OrderMessageHandler(steps, Orders, updater, new MessageRetries(Publisher, LifecycleSettings.Default, Clock), Clock, NullLogger<OrderMessageHandler>.Instance);
        Sweeper = new OutboxSweeper(Orders, Dispatcher, Clock, NullLogger<OutboxSweeper>.Instance);
        DueWork = new DueWorkSweeper(Orders, updater, followUps, Publisher, Clock, NullLogger<DueWorkSweeper>.Instance);
        Actions = new Ops.OrderActions(updater, Orders, Publisher, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public InMemoryOrderRepository Orders { get; } = new();

    public RecordingPublisher Publisher { get; } = new();

    public InMemoryDeliveryLog Deliveries { get; } = new();

    public InMemoryArchive Archive { get; } = new();

    public OutboxDispatcher Dispatcher { get; }

    public HubSignatureVerifier Verifier { get; }

    public HubOrderWebhook Webhook { get; }

    public IntakeQueue IntakeQueue { get; }

    public OrderMessageHandler Messages { get; }

    public OutboxSweeper Sweeper { get; }

    public DueWorkSweeper DueWork { get; }

    public Ops.OrderActions Actions { get; }

    public FakePartners Partners { get; } = new();

    /// <summary>How parcels are planned and services chosen; tests change it before sending messages.</summary>
    public ShippingPlanSettings Shipping { get; } = new();

    public static StoreEventSettings StoreSettings { get; } = StoreEventSettings.Default with
    {
        Url = FakeStore.Url, Secret = FakeStore.Secret, RetryBaseDelay = TimeSpan.FromSeconds(10), RetryFor = TimeSpan.FromHours(1),
    };

    public FakeStore Store { get; } = new();

    public InMemoryStoreEventLog StoreEvents { get; } = new();

    public StoreEventCourier Courier { get; }

    /// <summary>The ack, then the intake of the message it queued (as the order queue's function runs it): the intake's outcome.</summary>
    public async Task<WebhookOutcome> PostSignedAsync(string json, string? deliveryId = "delivery-1")
    {
        var ack = await AckAsync(json, deliveryId);
        return ack is WebhookOutcome.Accepted ? await Webhook.ApplyAsync(TakeQueued(HubOrderWebhook.MessageType), CancellationToken.None) : ack;
    }

    /// <summary>The ack, then an intake whose sends fail after the order is saved (as a crash between the save and the send leaves it).</summary>
    public async Task IntakeWithFailingSendsAsync(string json)
    {
        Assert.IsType<WebhookOutcome.Accepted>(await AckAsync(json));
        Publisher.Fail = true;
        try
        {
            await Assert.ThrowsAsync<IOException>(() => Webhook.ApplyAsync(TakeQueued(HubOrderWebhook.MessageType), CancellationToken.None));
        }
        finally
        {
            Publisher.Fail = false;
        }
    }

    /// <summary>The webhook's answer alone: its intake message stays queued in <see cref="Publisher"/>.</summary>
    public Task<WebhookOutcome> AckAsync(string json, string? deliveryId = "delivery-1")
    {
        var body = Encoding.UTF8.GetBytes(json);
        return Webhook.ReceiveAsync(body, Verifier.Sign(body), deliveryId, CancellationToken.None);
    }

    /// <summary>The last queued intake message of the type, taken off the publisher's record as a consumer takes it off the queue.</summary>
    public OrderMessage TakeQueued(string messageType)
    {
        lock (Publisher.Sent)
        {
            var message = Publisher.Sent.Last(sent => sent.Type == messageType);
            Publisher.Sent.Remove(message);
            return OrderMessage.From(message);
        }
    }

    /// <summary>Order hub-1001 stored with the message of a state change in its outbox, not sent yet (as a crash leaves it).</summary>
    public async Task<TrackedOrder> StoreOrderWithUnsentMessageAsync()
    {
        var orderId = Domain.Orders.OrderId.For(Domain.Orders.SalesChannel.Hub, "1001");
        await PostSignedAsync(OrderJson());
        var stored = (await Orders.FindAsync(orderId, CancellationToken.None))!;
        stored.Order.StartRiskAnalysis(Domain.Orders.Cause.Timer("test"), Clock.GetUtcNow());
        stored.CollectOutbox();
        await Orders.SaveAsync(stored, CancellationToken.None);
        Publisher.Sent.Clear();
        return (await Orders.FindAsync(orderId, CancellationToken.None))!;
    }

    public static string OrderJson(string id = "1001", string email = "maria@example.com", long unitPrice = 4990) => $$"""
        {
          "id": "{{id}}",
          "placedAt": "2026-11-23T11:55:00-03:00",
          "currency": "BRL",
          "customer": { "name": "Maria Silva", "email": "{{email}}", "document": "529.982.247-25" },
          "shippingAddress": { "street": "Av. Paulista", "number": "1000", "district": "Bela Vista", "city": "São Paulo", "state": "SP", "postalCode": "01310-100" },
          "items": [ { "sku": "SKU-1", "title": "Camiseta", "quantity": 2, "unitPrice": {{unitPrice}} } ],
          "shipping": 1500,
          "discount": 500,
          "total": {{unitPrice * 2 + 1000}},
          "payment": { "method": "pix", "amount": {{unitPrice * 2 + 1000}} }
        }
        """;
}
