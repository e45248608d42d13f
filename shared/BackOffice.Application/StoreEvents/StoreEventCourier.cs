using BackOffice.Application.Documents;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.StoreEvents;

/// <summary>
/// Delivers an order's store events one at a time, in sequence: only the first event not yet delivered may be sent, and
/// whoever delivers it goes on with the next. A failed attempt is retried with back-off for a day by a scheduled
/// message; after that the event (and every later one) waits for the ops replay. Each claim and each result is a
/// compare-and-swap on the order's log, so parallel messages of one order never send an event twice at once.
/// </summary>
public sealed class StoreEventCourier(
    IStoreEventLog store,
    IStoreEndpoint endpoint,
    IDocumentStore documents,
    IMessagePublisher publisher,
    OrderUpdater updater,
    StoreEventSettings settings,
    TimeProvider clock,
    ILogger<StoreEventCourier> logger)
{
    // The claim outlives the attempt's timeout, so a live attempt is never taken over; a crashed one is after this.
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);

    // Storage queues schedule in whole seconds (the visibility timeout), so a retry may come a little early: on time.
    private static readonly TimeSpan EarlyTolerance = TimeSpan.FromSeconds(2);
    private const int MaxSaveAttempts = 10;

    /// <summary>Logs the event at <paramref name="sequence"/> (and any earlier one the log lacks), then delivers what is due, in order.</summary>
    public async Task DeliverAsync(Order order, int sequence, Cause cause, CancellationToken cancellationToken)
    {
        if (!settings.IsEnabled)
        {
            logger.LogInformation("Order {OrderId}: no store endpoint configured (Hub__Events__Url); event {Sequence} not sent", order.Id, sequence);
            return;
        }

        // What the log lacks and the claim of the first event due go in one write: one round trip fewer per event, and
        // the claim is the same compare-and-swap it would be on its own.
        StoreEventDelivery? claimed = null;
        var log = await UpdateAsync(order.Id, current =>
        {
            var logged = WithMissing(current, order, sequence) ?? current;
            claimed = Claim(logged, clock.GetUtcNow());
            return claimed is not null ? logged.Replace(claimed) : ReferenceEquals(logged, current) ? null : logged;
        }, cancellationToken);
        await DrainAsync(order.Id, log, cause, cancellationToken, claimed);
    }

    /// <summary>
    /// A person sends one event again: a delivered one is re-sent as it is (same id, new <c>sentAt</c>); one not delivered
    /// gets a fresh day of retries now, and the events after it follow in order.
    /// </summary>
    public async Task<StoreEventReplay> ReplayAsync(Order order, int sequence, Cause cause, CancellationToken cancellationToken)
    {
        if (!settings.IsEnabled || StoreEventTypes.TypeAt(order.Timeline, sequence) is null)
        {
            return new StoreEventReplay(StoreEventReplayOutcome.NotFound, null);
        }

        var log = await LogAsync(order, sequence, cancellationToken);
        var delivery = log.Find(sequence)!;
        var now = clock.GetUtcNow();
        if (delivery.State == StoreEventState.Sending && !delivery.IsDueAt(now))
        {
            return new StoreEventReplay(StoreEventReplayOutcome.InFlight, delivery);
        }

        if (delivery.State == StoreEventState.Delivered)
        {
            var answer = await SendAsync(delivery, now, cancellationToken);
            var resent = delivery with
            {
                Replays = delivery.Replays + 1, LastAttemptAt = now, LastStatusCode = answer.StatusCode, LastError = answer.IsDelivered ? null : answer.Error,
            };
            log = await UpdateAsync(order.Id, current => current.Find(sequence) is { State: StoreEventState.Delivered } ? current.Replace(resent) : null, cancellationToken);
            return new StoreEventReplay(StoreEventReplayOutcome.Replayed, log.Find(sequence));
        }

        log = await UpdateAsync(order.Id, current => current.Find(sequence) is { } again && again.State != StoreEventState.Delivered && (again.State != StoreEventState.Sending || again.IsDueAt(now))
            ? current.Replace(again with { State = StoreEventState.Pending, NextAttemptAt = null, LeaseUntil = null, RetryingSince = now, Replays = again.Replays + 1 })
            : null, cancellationToken);
        log = await DrainAsync(order.Id, log, cause, cancellationToken);
        return new StoreEventReplay(StoreEventReplayOutcome.Replayed, log.Find(sequence));
    }

    // Every store event up to the sequence that the log lacks is built from the order as it is now and logged.
    private Task<StoreEventLog> LogAsync(Order order, int sequence, CancellationToken cancellationToken) =>
        UpdateAsync(order.Id, current => WithMissing(current, order, sequence), cancellationToken);

    // The log with every store event up to the sequence that it lacks, built from the order as it is now; null when complete.
    private StoreEventLog? WithMissing(StoreEventLog current, Order order, int sequence)
    {
        var missing = Enumerable.Range(0, Math.Min(sequence + 1, order.Timeline.Count))
            .Where(position => !current.Has(position) && StoreEventTypes.TypeAt(order.Timeline, position) is not null)
            .Select(position => StoreEventFactory.Build(order, position, settings, documents, clock.GetUtcNow()))
            .ToList();
        return missing.Count == 0 ? null : current.With(missing);
    }

    // The head of the log claimed for an attempt, when it is due; null when it is not, or failed for good.
    private StoreEventDelivery? Claim(StoreEventLog log, DateTimeOffset now) =>
        log.Head is { State: not StoreEventState.Failed } head && head.IsDueAt(head.State == StoreEventState.Pending ? now + EarlyTolerance : now)
            ? head with { State = StoreEventState.Sending, LeaseUntil = now + settings.Timeout + LeaseMargin, RetryingSince = head.RetryingSince ?? now }
            : null;

    /// <param name="claimedInLog">The head as this caller already claimed it in <paramref name="log"/> (saved), so no second claim is written.</param>
    private async Task<StoreEventLog> DrainAsync(OrderId orderId, StoreEventLog log, Cause cause, CancellationToken cancellationToken, StoreEventDelivery? claimedInLog = null)
    {
        while (log.Head is { } head)
        {
            var now = clock.GetUtcNow();
            if (head.State == StoreEventState.Failed)
            {
                logger.LogWarning("Order {OrderId}: store event {EventId} failed for good; it and later events wait for a replay", orderId, head.EventId);
                return log;
            }

            var claimed = head == claimedInLog ? head : Claim(log, now);
            if (claimed is null)
            {
                if (head.State == StoreEventState.Sending)
                {
                    // Someone else is sending it. Should they die mid-way, this look after their lease carries on.
                    await publisher.PublishAsync(StoreEventMessages.Retry(orderId, head.Sequence, $"lease-{head.Attempts}", now, head.LeaseUntil!.Value), cancellationToken);
                }

                return log;
            }

            var saved = head == claimedInLog ? log : await store.TrySaveAsync(log.Replace(claimed), cancellationToken);
            claimedInLog = null;
            if (saved is null)
            {
                log = await store.ReadAsync(orderId.Value, cancellationToken);
                continue;
            }

            var answer = await SendAsync(claimed, now, cancellationToken);
            var result = Outcome(claimed, answer, clock.GetUtcNow());
            if (result.State == StoreEventState.Pending)
            {
                // Scheduled before the result is saved: a crash in between leaves a lease to expire, never a lost retry.
                await publisher.PublishAsync(
                    StoreEventMessages.Retry(orderId, result.Sequence, $"attempt-{result.Attempts + 1}", clock.GetUtcNow(), result.NextAttemptAt!.Value), cancellationToken);
            }

            log = await UpdateAsync(orderId, current =>
                current.Find(claimed.Sequence) is { State: StoreEventState.Sending } mine && mine.LeaseUntil == claimed.LeaseUntil ? current.Replace(result) : null,
                cancellationToken, justRead: saved);
            LogAttempt(orderId, result, answer);
            if (result.State == StoreEventState.Failed)
            {
                await NoteFailureAsync(orderId, result, cause, cancellationToken);
            }

            if (result.State != StoreEventState.Delivered)
            {
                return log;
            }
        }

        return log;
    }

    private async Task<StoreEndpointAnswer> SendAsync(StoreEventDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (body, headers) = StoreEventSigner.Sign(delivery, settings.Secret, now);
        return await endpoint.PostAsync(settings.Url!, headers, body, settings.Timeout, cancellationToken);
    }

    private StoreEventDelivery Outcome(StoreEventDelivery claimed, StoreEndpointAnswer answer, DateTimeOffset now)
    {
        var attempted = claimed with { Attempts = claimed.Attempts + 1, LastAttemptAt = now, LastStatusCode = answer.StatusCode, LeaseUntil = null };
        if (answer.IsDelivered)
        {
            return attempted with { State = StoreEventState.Delivered, DeliveredAt = now, LastError = null, NextAttemptAt = null };
        }

        var error = answer.Error ?? $"The store answered {answer.StatusCode}.";
        return StoreEventRetrySchedule.NextAttempt(settings, attempted.Attempts, claimed.RetryingSince ?? now, now, Random.Shared.NextDouble()) is { } next
            ? attempted with { State = StoreEventState.Pending, NextAttemptAt = next, LastError = error }
            : attempted with { State = StoreEventState.Failed, NextAttemptAt = null, LastError = error };
    }

    private void LogAttempt(OrderId orderId, StoreEventDelivery result, StoreEndpointAnswer answer)
    {
        if (result.State == StoreEventState.Delivered)
        {
            // Debug: the order's store-event log (ops page, GET .../store-events) keeps every attempt; failures stay warnings.
            logger.LogDebug("Order {OrderId}: store event {EventId} ({Type}) delivered, attempt {Attempt}", orderId, result.EventId, result.Type, result.Attempts);
        }
        else
        {
            logger.LogWarning("Order {OrderId}: store event {EventId} ({Type}) attempt {Attempt} failed ({Status} {Error}); {State}, next at {NextAttemptAt}",
                orderId, result.EventId, result.Type, result.Attempts, answer.StatusCode, result.LastError, result.State, result.NextAttemptAt);
        }
    }

    // The order goes on; the person who follows it sees on its timeline that its store did not hear of it.
    private async Task NoteFailureAsync(OrderId orderId, StoreEventDelivery failed, Cause cause, CancellationToken cancellationToken) =>
        await updater.UpdateAsync(orderId, tracked =>
        {
            tracked.Order.NoteCallback("store", $"{failed.Type} {failed.EventId} not delivered after {failed.Attempts} attempts: {failed.LastError}", cause, clock.GetUtcNow());
            return true;
        }, cancellationToken);

    /// <summary>Read, change, save with the ETag; again on a concurrent write. A change that returns null saves nothing.</summary>
    /// <param name="justRead">The log as the caller has just saved it, tried first to save a read; its ETag catches it if stale.</param>
    private async Task<StoreEventLog> UpdateAsync(OrderId orderId, Func<StoreEventLog, StoreEventLog?> change, CancellationToken cancellationToken, StoreEventLog? justRead = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = justRead ?? await store.ReadAsync(orderId.Value, cancellationToken);
            justRead = null;
            if (change(current) is not { } changed)
            {
                return current;
            }

            if (await store.TrySaveAsync(changed, cancellationToken) is { } saved)
            {
                return saved;
            }

            if (attempt == MaxSaveAttempts)
            {
                throw new StoreEventLogContendedException(orderId, attempt);
            }
        }
    }
}
