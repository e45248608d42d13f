using System.Text;
using System.Text.Json.Nodes;
using BackOffice.Application.Channels.Parking;
using BackOffice.Application.Intake;
using BackOffice.Application.Orders;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Channels.Shopify;
using BackOffice.Channels.Vtex;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BackOffice.Application.Tests.Storefronts;

/// <summary>The hub's in-memory application with the Shopify webhook and the VTEX hook and feed on top, VTEX's OMS mocked.</summary>
internal sealed class StorefrontHub
{
    public const string ShopifySecret = "shopify-test-secret";
    public const string VtexHeader = "X-Test-Hook-Token";
    public const string VtexToken = "vtex-test-token";
    public const string VtexAccount = "lojaexemplo";
    public const string VtexAppKey = "vtexappkey-lojaexemplo-ABCDEF";

    public StorefrontHub()
    {
        var intake = new OrderIntake(Hub.Deliveries, Hub.Archive, Hub.Orders, Hub.Dispatcher, Hub.Clock, NullLogger<OrderIntake>.Instance);
        var events = new StorefrontEventIntake(Hub.Deliveries, Hub.Archive, Hub.Clock, NullLogger<StorefrontEventIntake>.Instance);
        var updates = new StorefrontUpdates(new OrderUpdater(Hub.Orders, Hub.Dispatcher), Hub.Publisher, Hub.Clock);
        var shopifySettings = new ShopifyWebhookSettings(ShopifySecret, HubCreatesCharges: true);
        Signer = new ShopifySignatureVerifier(shopifySettings);
        var parking = new DeliveryParking(ParkedStore, Hub.Clock, NullLogger<DeliveryParking>.Instance);
        Shopify = new ShopifyWebhook(Signer, shopifySettings, intake, Hub.IntakeQueue, events, Hub.Actions, updates, parking, NullLogger<ShopifyWebhook>.Instance);
        Ingestion = new VtexOrderIngestion(Oms.Object, Hub.Orders, intake, events, Hub.Actions, parking, NullLogger<VtexOrderIngestion>.Instance);
        Vtex = new VtexOrderHook(new VtexHookVerifier(new VtexHookSettings(VtexHeader, VtexToken, VtexAccount, VtexAppKey)), events, Hub.Publisher, parking, Hub.Clock);
        VtexChanged = new VtexOrderChangedStep(Ingestion);
        Feed = new VtexFeedDrain(Oms.Object, Ingestion, Hub.Clock, NullLogger<VtexFeedDrain>.Instance);
        Parked = new ParkedDeliveries(ParkedStore, [Shopify, new VtexParkedDeliveryResumer(Vtex, Ingestion)], NullLogger<ParkedDeliveries>.Instance);
    }

    public Hub Hub { get; } = new();

    public Mock<IVtexOrderSource> Oms { get; } = new();

    public InMemoryParkedDeliveryStore ParkedStore { get; } = new();

    public ParkedDeliveries Parked { get; }

    public VtexOrderChangedStep VtexChanged { get; }

    public ShopifySignatureVerifier Signer { get; }

    public ShopifyWebhook Shopify { get; }

    public VtexOrderIngestion Ingestion { get; }

    public VtexOrderHook Vtex { get; }

    public VtexFeedDrain Feed { get; }

    public static OrderId ShopifyOrderId { get; } = OrderId.For(SalesChannel.Shopify, "5829104711853");

    public static OrderId VtexOrderId { get; } = OrderId.For(SalesChannel.Vtex, "1468292613054-01");

    public static string Sample(string channel, string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", channel, file));

    public static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    /// <summary>The Brazilian PIX order of the samples, as Shopify sends it on orders/create.</summary>
    public static string ShopifyOrder(Action<JsonObject>? edit = null) => Edit(Sample("Shopify", "orders-create-br-pix.json"), edit ?? (_ => { }));

    /// <summary>The same order cancelled by the customer at <paramref name="at"/>.</summary>
    public static string ShopifyCancelled(string at = "2026-11-23T12:30:00-03:00") => ShopifyOrder(order =>
    {
        order["cancelled_at"] = at;
        order["cancel_reason"] = "customer";
        order["updated_at"] = at;
    });

    /// <summary>The ack, then the intake of the message it queued (as the order queue's function runs it): the intake's outcome.</summary>
    public async Task<WebhookOutcome> PostShopifyAsync(string json, string topic, string webhookId, string? signature = null, string? eventId = null)
    {
        var ack = await AckShopifyAsync(json, topic, webhookId, signature, eventId);
        return ack is WebhookOutcome.Accepted ? await Shopify.ApplyAsync(Hub.TakeQueued(ShopifyWebhook.MessageType), CancellationToken.None) : ack;
    }

    /// <summary>The webhook's answer alone: its intake message stays queued in the hub's publisher.</summary>
    public Task<WebhookOutcome> AckShopifyAsync(string json, string topic, string webhookId, string? signature = null, string? eventId = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return Shopify.ReceiveAsync(body, new ShopifyWebhookHeaders(signature ?? Signer.Sign(body), topic, webhookId, eventId), CancellationToken.None);
    }

    public static string VtexHook(string state = "ready-for-handling", string lastChange = "2026-11-23T14:58:11.2550122Z", string account = VtexAccount) =>
        Edit(Sample("Vtex", "hook-ready-for-handling.json"), hook =>
        {
            hook["State"] = state;
            hook["LastChange"] = lastChange;
            hook["Origin"]!["Account"] = account;
        });

    public Task<WebhookOutcome> PostVtexAsync(string json, string? token = VtexToken) =>
        Vtex.ReceiveAsync(Encoding.UTF8.GetBytes(json), token, CancellationToken.None);

    /// <summary>Posts the hook and then handles the message it queued, as the order queue's function would.</summary>
    public async Task<WebhookOutcome> PostVtexAndReadAsync(string json, string? token = VtexToken)
    {
        var before = Hub.Publisher.Sent.Count;
        var outcome = await PostVtexAsync(json, token);
        foreach (var message in Hub.Publisher.Sent.Skip(before).Where(message => message.Type == VtexOrderHook.MessageType).ToList())
        {
            await VtexChanged.ExecuteAsync(Application.Messaging.OrderMessage.From(message), CancellationToken.None);
        }

        return outcome;
    }

    /// <summary>Makes the mocked OMS serve the sample order.</summary>
    public void ServeVtexOrder() =>
        Oms.Setup(oms => oms.GetOrderAsync("1468292613054-01", It.IsAny<CancellationToken>()))
            .ReturnsAsync(Encoding.UTF8.GetBytes(Sample("Vtex", "order-pix.json")));

    public async Task<TrackedOrder> OrderAsync(OrderId orderId) =>
        await Hub.Orders.FindAsync(orderId, CancellationToken.None) ?? throw new InvalidOperationException($"No order {orderId}.");
}
