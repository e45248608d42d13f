namespace BackOffice.Application.StoreEvents;

public enum StoreEventState
{
    /// <summary>Not delivered yet: due at <see cref="StoreEventDelivery.NextAttemptAt"/>, or waiting for an earlier event.</summary>
    Pending,

    /// <summary>An attempt is under way until <see cref="StoreEventDelivery.LeaseUntil"/>; nobody else sends it meanwhile.</summary>
    Sending,

    Delivered,

    /// <summary>Retried for the whole window without success: waits for a person (the ops replay), and so do the later events.</summary>
    Failed,
}

/// <summary>One event for the store and how its delivery went: a line of the delivery log ops read.</summary>
/// <param name="Sequence">The event's position on the order's timeline: increasing, the order the store hears them in.</param>
/// <param name="Body">The event as first built (JSON, without <c>sentAt</c>, which each attempt adds and signs).</param>
/// <param name="RetryingSince">Start of the retry window: the first attempt, or the last replay.</param>
public sealed record StoreEventDelivery(
    int Sequence,
    string EventId,
    string Type,
    DateTimeOffset CreatedAt,
    string Body,
    StoreEventState State = StoreEventState.Pending,
    int Attempts = 0,
    DateTimeOffset? RetryingSince = null,
    DateTimeOffset? NextAttemptAt = null,
    DateTimeOffset? LeaseUntil = null,
    DateTimeOffset? LastAttemptAt = null,
    int? LastStatusCode = null,
    string? LastError = null,
    DateTimeOffset? DeliveredAt = null,
    int Replays = 0)
{
    public bool IsDueAt(DateTimeOffset now) => State switch
    {
        StoreEventState.Pending => NextAttemptAt is null || NextAttemptAt <= now,
        StoreEventState.Sending => LeaseUntil is null || LeaseUntil <= now,
        _ => false,
    };
}
