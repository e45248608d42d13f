namespace BackOffice.Channels.Vtex;

/// <param name="IsActive">False for a transaction VTEX replaced (a retried payment); only active ones count.</param>
public sealed record VtexTransaction(string? TransactionId, bool? IsActive, IReadOnlyList<VtexPayment?>? Payments);
