namespace BackOffice.Application.Processing;

/// <summary>The handler of one message type: asks the partners what it needs (idempotently), then changes the order.</summary>
public interface IOrderMessageStep
{
    string MessageType { get; }

    /// <summary>
    /// Whether the order waits on this step: when it dead-ends, the order goes to NeedsAttention. A step that only tells
    /// others (a storefront notice) lands in the dead-letter queue alone and the order goes on.
    /// </summary>
    bool HoldsUpTheOrder => true;

    Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken);
}
