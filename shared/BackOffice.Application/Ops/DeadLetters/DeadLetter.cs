namespace BackOffice.Application.Ops.DeadLetters;

/// <summary>A dead letter as ops see it: which order and step it was, why it failed, how often it was tried.</summary>
/// <param name="OrderId">Null when the body cannot be read (then <see cref="Body"/> says what it was).</param>
public sealed record DeadLetter(
    string Id,
    string Source,
    string? MessageId,
    string? OrderId,
    string? Type,
    string Reason,
    int? DeliveryCount,
    DateTimeOffset? DeadLetteredAt,
    string Body);
