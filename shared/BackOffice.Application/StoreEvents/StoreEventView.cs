using System.Text.Json.Nodes;

namespace BackOffice.Application.StoreEvents;

/// <summary>One line of the delivery log as ops read it: the event as sent (without the attempt's <c>sentAt</c>) and how its delivery went.</summary>
/// <param name="WaitingFor">For an event not due yet because an earlier one is not delivered: that one's id.</param>
public sealed record StoreEventView(
    int Sequence,
    string EventId,
    string Type,
    string State,
    DateTimeOffset CreatedAt,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    int Replays,
    string? WaitingFor,
    JsonNode? Event)
{
    public static IReadOnlyList<StoreEventView> From(StoreEventLog log)
    {
        var head = log.Head;
        return [.. log.Deliveries.Select(delivery => new StoreEventView(
            delivery.Sequence,
            delivery.EventId,
            delivery.Type,
            delivery.State.ToString(),
            delivery.CreatedAt,
            delivery.Attempts,
            delivery.NextAttemptAt,
            delivery.LastAttemptAt,
            delivery.LastStatusCode,
            delivery.LastError,
            delivery.DeliveredAt,
            delivery.Replays,
            head is not null && delivery.State != StoreEventState.Delivered && delivery.Sequence > head.Sequence ? head.EventId : null,
            JsonNode.Parse(delivery.Body)))];
    }
}

/// <summary>An order's delivery log.</summary>
public sealed record StoreEventLogView(string OrderId, IReadOnlyList<StoreEventView> Events);
