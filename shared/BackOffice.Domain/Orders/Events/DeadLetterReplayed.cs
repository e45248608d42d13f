namespace BackOffice.Domain.Orders.Events;

/// <summary>
/// A person sent a dead-lettered message of the order back to its queue, or found its work already done. The status does
/// not move here: the replayed message moves the order when it is handled, like any other.
/// </summary>
/// <param name="AlreadyDone">The order had already handled the message: nothing was sent back.</param>
public sealed record DeadLetterReplayed(OrderId OrderId, OrderStatus Status, string MessageType, string MessageId, bool AlreadyDone, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, Status, Cause, OccurredAt)
{
    public override string Name => "DeadLetterReplayed";

    public override string? Detail => AlreadyDone
        ? $"{MessageType} {MessageId}: already done, nothing sent"
        : $"{MessageType} {MessageId} sent back to the queue";
}
