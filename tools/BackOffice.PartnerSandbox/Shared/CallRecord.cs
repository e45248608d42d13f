namespace BackOffice.PartnerSandbox.Shared;

/// <summary>One effectful call as <c>GET /_sandbox/calls</c> shows it; <see cref="Status"/> is the HTTP status answered.</summary>
/// <param name="Detail">Added to CONTRACT.md's shape (only on entries that have one): what the call did beyond its operation, e.g. a Melhor Envio
/// <c>cart.add</c>'s "service 2 Correios SEDEX, 1.200 kg"; null for most calls.</param>
public sealed record CallRecord(string Partner, string Operation, string? OrderRef, string? IdempotencyKey, DateTimeOffset At, int Status, string? Detail = null);
