using BackOffice.Application.Messaging;

namespace BackOffice.Application.Processing;

/// <summary>
/// The handler of a message about an order the hub may not hold yet: a storefront's notification whose order is read
/// after the notification was answered (VTEX wants its answer within 5 s). It runs without the order; a failure goes to
/// the transport, which retries and finally parks the message where ops see it.
/// </summary>
public interface IIntakeMessageStep
{
    string MessageType { get; }

    Task ExecuteAsync(OrderMessage message, CancellationToken cancellationToken);
}
