using BackOffice.Application.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Messaging;

/// <summary>Sends an order's outbox after the order is saved, then removes what was sent from the stored outbox.</summary>
public sealed class OutboxDispatcher(IMessagePublisher publisher, IOrderRepository repository, ILogger<OutboxDispatcher> logger)
{
    private const int MaxSaveAttempts = 5;

    public Task DispatchAsync(TrackedOrder order, CancellationToken cancellationToken) =>
        DispatchAsync(order, [.. order.Outbox], cancellationToken);

    /// <summary>Sends some of the order's outbox (those the caller is responsible for), then removes them from the stored outbox.</summary>
    public async Task DispatchAsync(TrackedOrder order, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await publisher.PublishAsync(messages, cancellationToken);
        // Debug: one line per message sent cost more CPU than the rest of the app's logging at volume (threads waiting on
        // the console logger's queue); the receiving message's `process <Type>` span and the host's invocation log say it.
        foreach (var message in messages)
        {
            logger.LogDebug("Sent {MessageType} {MessageId} for order {OrderId}", message.Type, message.MessageId, message.OrderId);
        }

        await RemoveSentAsync(order, [.. messages.Select(message => message.MessageId)], cancellationToken);
    }

    // A concurrent writer may have saved in between; its copy still lists what we sent, so remove it there too. When
    // writers keep racing we stop trying: the messages are out, and the sweeper's resend is absorbed by the inbox.
    private async Task RemoveSentAsync(TrackedOrder order, IReadOnlyCollection<string> sent, CancellationToken cancellationToken)
    {
        var current = order;
        for (var attempt = 1; ; attempt++)
        {
            current.RemoveFromOutbox(sent);
            try
            {
                await repository.SaveAsync(current, cancellationToken);
                if (!ReferenceEquals(current, order))
                {
                    order.RemoveFromOutbox(sent);
                    order.ETag = current.ETag;
                }

                return;
            }
            catch (OrderConcurrencyException) when (attempt < MaxSaveAttempts)
            {
                current = await repository.FindAsync(order.Order.Id, cancellationToken)
                    ?? throw new OrderNotFoundException(order.Order.Id);
                if (!current.Outbox.Any(message => sent.Contains(message.MessageId)))
                {
                    order.RemoveFromOutbox(sent);
                    order.ETag = current.ETag;
                    return;
                }
            }
            catch (OrderConcurrencyException)
            {
                logger.LogWarning("Order {OrderId}: sent messages stay listed in the outbox after {Attempts} contended saves; the outbox sweep resends them", order.Order.Id, attempt);
                return;
            }
        }
    }
}
