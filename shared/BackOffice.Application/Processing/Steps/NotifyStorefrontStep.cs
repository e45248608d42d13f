using BackOffice.Application.Documents;
using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// Tells the order's storefront about a status change. It never changes the order's progress: a failure throws, so the
/// transport retries the message and finally parks it in the poison queue while the order moves on. Once told, the
/// message goes into the order's inbox so a redelivery calls nobody. A permanent refusal is never only noted: the order
/// goes to NeedsAttention with it (a storefront that shows the wrong state misleads the customer); where the order can no
/// longer wait for a person (shipped, cancelled), the message fails into the dead-letter list ops replay from.
/// </summary>
public sealed class NotifyStorefrontStep(IEnumerable<IStorefrontNotifier> notifiers, IDocumentStore documents, ILogger<NotifyStorefrontStep> logger) : IOrderMessageStep
{
    private readonly Dictionary<SalesChannel, IStorefrontNotifier> _notifiers = notifiers.ToDictionary(notifier => notifier.Channel);

    public string MessageType => OrderMessageTypes.NotifyStorefront;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        var eventName = scope.Data(OrderMessageData.Event)
            ?? throw new UnprocessableMessageException($"{scope.Message.Type} {scope.Message.MessageId} has no '{OrderMessageData.Event}'.");
        var order = scope.Order;
        if (!_notifiers.TryGetValue(order.Channel, out var notifier))
        {
            logger.LogInformation("Order {OrderId}: channel {Channel} has no storefront to notify", order.Id, order.Channel);
            return;
        }

        var notice = await WithInvoiceXmlAsync(StorefrontNoticeFactory.For(order, eventName), cancellationToken);
        var reply = await notifier.NotifyAsync(notice, cancellationToken);
        if (!reply.IsRefused)
        {
            logger.LogInformation("Order {OrderId}: {Channel} notified of {Kind}", order.Id, order.Channel, notice.Kind);
            await scope.ApplyAsync(_ => true, cancellationToken);
            return;
        }

        logger.LogWarning("Order {OrderId}: {Channel} refused {Kind}: {Refusal}", order.Id, order.Channel, notice.Kind, reply.Refusal);
        var reason = $"{order.Channel} refused the {notice.Kind} notice: {reply.Refusal}";
        var attended = false;
        await scope.ApplyAsync(current =>
        {
            attended = OrderStatusTransitions.IsAllowed(current.Status, OrderStatus.NeedsAttention);
            if (attended)
            {
                current.RequireAttention(reason, scope.Cause, scope.Now);
            }

            return attended;
        }, cancellationToken);
        if (!attended)
        {
            throw new UnprocessableMessageException(reason);
        }
    }

    private async Task<StorefrontNotice> WithInvoiceXmlAsync(StorefrontNotice notice, CancellationToken cancellationToken) =>
        notice is { Kind: StorefrontNoticeKind.Invoiced, Invoice: { XmlLocation: { } location } invoice }
            ? notice with { Invoice = invoice with { Xml = System.Text.Encoding.UTF8.GetString(await documents.ReadAsync(location, cancellationToken)) } }
            : notice;
}
