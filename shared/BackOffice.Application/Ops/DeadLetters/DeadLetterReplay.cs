namespace BackOffice.Application.Ops.DeadLetters;

/// <param name="ReplayMessageId">The id of the copy sent back; null when nothing was sent.</param>
public sealed record DeadLetterReplay(string Id, string? OrderId, string? Type, DeadLetterReplayOutcome Outcome, string? ReplayMessageId);
