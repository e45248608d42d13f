using BackOffice.Domain.Orders.Events;

namespace BackOffice.Application.Messaging;

/// <summary>Which domain events start further work, and so become messages.</summary>
public static class OutboxMessageFactory
{
    public static OutboxMessage? For(OrderEvent orderEvent, int timelinePosition) => orderEvent switch
    {
        OrderReceived received => new OutboxMessage(
            MessageIdFor(orderEvent, timelinePosition), OrderMessageTypes.OrderReceived, received.OrderId.Value, received.OccurredAt),
        _ => null,
    };

    // Deterministic so that a re-sent message keeps its id and the transport's duplicate detection holds.
    private static string MessageIdFor(OrderEvent orderEvent, int timelinePosition) =>
        $"{orderEvent.OrderId.Value}:{timelinePosition}:{orderEvent.Name}";
}
