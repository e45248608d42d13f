namespace BackOffice.Domain.Orders;

/// <param name="ExpiresAt">When an unpaid PIX or boleto stops being payable.</param>
public sealed record ChargeInfo(string ChargeId, ChargeState State, long PaidCents, DateTimeOffset? ExpiresAt);
