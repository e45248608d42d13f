namespace BackOffice.Application.Processing;

/// <summary>The handler of one message type: asks the partners what it needs (idempotently), then changes the order.</summary>
public interface IOrderMessageStep
{
    string MessageType { get; }

    Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken);
}
