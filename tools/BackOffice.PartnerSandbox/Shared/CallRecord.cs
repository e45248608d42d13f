namespace BackOffice.PartnerSandbox.Shared;

/// <summary>One effectful call as <c>GET /_sandbox/calls</c> shows it; <see cref="Status"/> is the HTTP status answered.</summary>
public sealed record CallRecord(string Partner, string Operation, string? OrderRef, string? IdempotencyKey, DateTimeOffset At, int Status);
