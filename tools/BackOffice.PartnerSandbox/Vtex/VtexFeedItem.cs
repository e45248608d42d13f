namespace BackOffice.PartnerSandbox.Vtex;

/// <summary>One order status change in feed v3; it stays in the feed until its handle is committed.</summary>
public sealed record VtexFeedItem(string EventId, string Handle, string OrderId, string State, string? LastState, DateTimeOffset At);
