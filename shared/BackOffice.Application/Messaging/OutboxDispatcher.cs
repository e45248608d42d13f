using BackOffice.Application.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Messaging;

/// <summary>
/// Sends an order's outbox after the order is saved. On the hot path (<see cref="SendAsync"/>) nothing more is written:
/// every outbox message is an order message, and its handler takes it out of the stored outbox in the write that marks
/// it handled (<see cref="Processing.OrderMessageScope"/>), so a lifecycle step costs one write, not two. A resend
/// (<see cref="DispatchAsync(TrackedOrder, CancellationToken)"/>: the sweep's, an intake's re-drive) removes what it
/// sent itself, so that one lost message is resent once, not at every sweep.
/// </summary>
public sealed class OutboxDispatcher(IMessagePublisher publisher, IOrderRepository repository, ILogger<OutboxDispatcher> logger)
{
    private const int MaxSaveAttempts = 5;

    /// <summary>Resends the whole stored outbox and removes it from the stored order.</summary>
    public Task DispatchAsync(TrackedOrder order, CancellationToken cancellationToken) =>
        DispatchAsync(order, [.. order.Outbox], cancellationToken);

    /// <summary>Sends some of the order's outbox (those the caller is responsible for), then removes them from the stored outbox.</summary>
    public async Task DispatchAsync(TrackedOrder order, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await SendAsync(messages, cancellationToken);
        await RemoveSentAsync(order, [.. messages.Select(message => message.MessageId)], cancellationToken);
    }

    /// <summary>
    /// Sends messages just saved in the order's outbox and leaves them listed there: each one's handler removes it in the
    /// write that marks it handled. Until then a crash before the send is covered by the outbox sweep.
    /// </summary>
    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await publisher.PublishAsync(messages, cancellationToken);
        foreach (var message in messages)
        {
            logger.LogInformation("Sent {MessageType} {MessageId} for order {OrderId}", message.Type, message.MessageId, message.OrderId);
        }
    }

    /// <summary>
    /// Removes a message from the stored outbox once it has been delivered (its handler has it), for a handler that made
    /// no write of its own to remove it in.
    /// </summary>
    public async Task AcknowledgeAsync(TrackedOrder order, string messageId, CancellationToken cancellationToken)
    {
        if (order.Outbox.Any(message => message.MessageId == messageId))
        {
            await RemoveSentAsync(order, [messageId], cancellationToken);
        }
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
