namespace BackOffice.Application.Messaging;

/// <summary>A message written in the same document as the state change that caused it, sent after it is saved.</summary>
/// <param name="Data">What the handler needs beyond the order itself (see <see cref="OrderMessageData"/>).</param>
/// <param name="NotBefore">When set, the transport delivers the message no earlier (a retry's back-off).</param>
public sealed record OutboxMessage(
    string MessageId, string Type, string OrderId, DateTimeOffset CreatedAt, IReadOnlyDictionary<string, string>? Data = null, DateTimeOffset? NotBefore = null);
