namespace BackOffice.Application.Messaging;

/// <summary>A message written in the same document as the state change that caused it, sent after it is saved.</summary>
public sealed record OutboxMessage(string MessageId, string Type, string OrderId, DateTimeOffset CreatedAt);
