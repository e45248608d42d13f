using BackOffice.Application.Messaging;
using BackOffice.Application.StoreEvents;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// Wakes the store's courier for one event of an order on the hub's own format. It never changes the order's progress
/// and keeps no inbox entry: the store event log is what makes a repeated message send nothing.
/// </summary>
public sealed class NotifyStoreStep(StoreEventCourier courier) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.NotifyStore;

    public Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken) =>
        courier.DeliverAsync(
            scope.Order,
            StoreEventMessages.SequenceOf(scope.Message) is { } sequence && sequence < scope.Order.Timeline.Count
                ? sequence
                : throw new UnprocessableMessageException($"{scope.Message.Type} {scope.Message.MessageId} names no event of order {scope.Order.Id}."),
            scope.Cause,
            cancellationToken);
}
