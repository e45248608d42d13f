namespace BackOffice.Application.Ops.DeadLetters;

/// <param name="Total">How many the transport holds, which may be more than it can show at once (a Storage peek shows 32).</param>
public sealed record DeadLetterPage(IReadOnlyList<DeadLetteredMessage> Messages, long Total);
