using System.Diagnostics;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Telemetry;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Ops.DeadLetters;

/// <summary>
/// Lists the order queue's dead letters and sends them back. A replay is a copy with a new message id (Service Bus would
/// drop the same id as a duplicate) that the order's inbox counts as the original, so a message whose work is already
/// done changes nothing; every replay is noted on the order's timeline with the person who asked.
/// </summary>
public sealed class DeadLetters(
    IDeadLetterQueue queue,
    IMessageFailureLog failures,
    OrderUpdater updater,
    IMessagePublisher publisher,
    TimeProvider clock,
    ILogger<DeadLetters> logger)
{
    public const int MaxList = 500;

    /// <summary>A pass of "replay all of a type" takes at most this many, so one request stays short; ask again for more.</summary>
    public const int MaxReplayBatch = 200;

    public async Task<DeadLetterList> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var page = await queue.ListAsync(Math.Clamp(limit, 1, MaxList), cancellationToken);
        var letters = new List<DeadLetter>(page.Messages.Count);
        foreach (var message in page.Messages)
        {
            letters.Add(await DescribeAsync(message, cancellationToken));
        }

        return new DeadLetterList(queue.Source, letters.Count, page.Total, letters);
    }

    /// <returns>Null when no dead letter has that id (replayed already, say).</returns>
    public async Task<DeadLetterReplay?> ReplayAsync(string id, string person, CancellationToken cancellationToken)
    {
        var replays = await ReplayWhereAsync(message => message.Id == id, 1, person, cancellationToken);
        return replays.Count == 0 ? null : replays[0];
    }

    public Task<IReadOnlyList<DeadLetterReplay>> ReplayTypeAsync(string type, string person, CancellationToken cancellationToken) =>
        ReplayWhereAsync(
            message => OrderMessageSerializer.TryDeserialize(message.Body, out var parsed, out _) && parsed.Type == type,
            MaxReplayBatch,
            person,
            cancellationToken);

    private async Task<IReadOnlyList<DeadLetterReplay>> ReplayWhereAsync(
        Func<DeadLetteredMessage, bool> match, int maxMatches, string person, CancellationToken cancellationToken)
    {
        var replays = new List<DeadLetterReplay>();
        await queue.ReplayAsync(match, async (message, token) =>
        {
            var replay = await ReplayOneAsync(message, person, token);
            replays.Add(replay);
            BackOfficeTelemetry.DeadLetterReplays.Add(1, new TagList { { "type", replay.Type ?? "unreadable" }, { "outcome", replay.Outcome.ToString() } });
            return replay.Outcome is DeadLetterReplayOutcome.Replayed or DeadLetterReplayOutcome.AlreadyDone;
        }, maxMatches, cancellationToken);
        return replays;
    }

    private async Task<DeadLetterReplay> ReplayOneAsync(DeadLetteredMessage deadLetter, string person, CancellationToken cancellationToken)
    {
        if (!OrderMessageSerializer.TryDeserialize(deadLetter.Body, out var message, out _) || !OrderId.TryParse(message.OrderId, out var orderId))
        {
            return new DeadLetterReplay(deadLetter.Id, null, null, DeadLetterReplayOutcome.Unreadable, null);
        }

        var now = clock.GetUtcNow();
        var alreadyDone = false;
        try
        {
            // Noted first: should the send fail, the dead letter stays and the note says someone tried.
            await updater.UpdateAsync(orderId!, tracked =>
            {
                alreadyDone = tracked.HasProcessed(message.InboxId);
                tracked.Order.NoteDeadLetterReplay(message.Type, message.InboxId, alreadyDone, Domain.Orders.Cause.Person(person), now);
                return true;
            }, cancellationToken);
        }
        catch (OrderNotFoundException)
        {
            return new DeadLetterReplay(deadLetter.Id, message.OrderId, message.Type, DeadLetterReplayOutcome.OrderNotFound, null);
        }

        if (alreadyDone)
        {
            logger.LogInformation("Dead letter {MessageType} {MessageId} for order {OrderId}: already done, nothing sent", message.Type, message.MessageId, message.OrderId);
            return new DeadLetterReplay(deadLetter.Id, message.OrderId, message.Type, DeadLetterReplayOutcome.AlreadyDone, null);
        }

        var copy = ReplayCopy(message, now);
        await publisher.PublishAsync(copy, cancellationToken);
        logger.LogInformation("Dead letter {MessageType} {MessageId} for order {OrderId} replayed as {ReplayMessageId}", message.Type, message.MessageId, message.OrderId, copy.MessageId);
        return new DeadLetterReplay(deadLetter.Id, message.OrderId, message.Type, DeadLetterReplayOutcome.Replayed, copy.MessageId);
    }

    /// <summary>The inbox knows the copy as the original; its scheduled retries start again from the first.</summary>
    public static OutboxMessage ReplayCopy(OrderMessage message, DateTimeOffset now)
    {
        var data = new Dictionary<string, string>(message.Data ?? new Dictionary<string, string>())
        {
            [OrderMessageData.RetryOf] = message.InboxId,
        };
        data.Remove(OrderMessageData.RetryAttempt);
        return new OutboxMessage($"{message.InboxId}:replay-{now.ToUnixTimeMilliseconds()}", message.Type, message.OrderId, now, data);
    }

    private async Task<DeadLetter> DescribeAsync(DeadLetteredMessage message, CancellationToken cancellationToken)
    {
        var parsed = OrderMessageSerializer.TryDeserialize(message.Body, out var orderMessage, out var error) ? orderMessage : null;
        var failure = await failures.FindAsync(MessageFailure.KeyOf(message.Body), cancellationToken);
        var reason = failure?.Reason
            ?? error
            ?? message.TransportReason
            ?? "Not recorded: the message failed before this app recorded failures, or its handling timed out.";
        if (failure is not null && message.TransportReason is { } transportReason)
        {
            reason = $"{failure.Reason} ({transportReason})";
        }

        return new DeadLetter(
            message.Id,
            queue.Source,
            parsed?.MessageId,
            parsed?.OrderId,
            parsed?.Type,
            reason,
            message.DeliveryCount ?? failure?.DeliveryCount,
            message.DeadLetteredAt,
            message.Body);
    }
}
