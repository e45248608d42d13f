namespace BackOffice.Channels.Vtex;

public sealed record VtexPaymentData(IReadOnlyList<VtexTransaction?>? Transactions);
