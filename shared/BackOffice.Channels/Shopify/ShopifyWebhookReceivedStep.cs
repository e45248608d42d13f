using BackOffice.Application.Messaging;
using BackOffice.Application.Processing;

namespace BackOffice.Channels.Shopify;

/// <summary>
/// Takes in a Shopify delivery the webhook acknowledged. A failure is retried by the transport, then dead-lettered for
/// ops; a delivery that cannot become an order is parked by <see cref="ShopifyWebhook"/> as it would have been at the ack.
/// </summary>
public sealed class ShopifyWebhookReceivedStep(ShopifyWebhook webhook) : IIntakeMessageStep
{
    public string MessageType => ShopifyWebhook.MessageType;

    public Task ExecuteAsync(OrderMessage message, CancellationToken cancellationToken) => webhook.ApplyAsync(message, cancellationToken);
}
