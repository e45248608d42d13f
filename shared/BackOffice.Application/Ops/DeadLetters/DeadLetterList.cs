namespace BackOffice.Application.Ops.DeadLetters;

/// <param name="Total">How many the transport holds; more than <see cref="Count"/> when it shows only part of them.</param>
public sealed record DeadLetterList(string Source, int Count, long Total, IReadOnlyList<DeadLetter> DeadLetters);
