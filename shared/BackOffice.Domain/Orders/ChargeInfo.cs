namespace BackOffice.Domain.Orders;

/// <param name="ExpiresAt">When an unpaid PIX or boleto stops being payable.</param>
/// <param name="Instructions">How the customer pays an unpaid PIX or boleto; null for cards and until the gateway issued them.</param>
public sealed record ChargeInfo(string ChargeId, ChargeState State, long PaidCents, DateTimeOffset? ExpiresAt, ChargeInstructions? Instructions = null);
