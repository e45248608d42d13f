namespace BackOffice.Partners.Vtex;

/// <summary>What VTEX answers to invoice, tracking and cancel: a receipt of the change.</summary>
public sealed record VtexReceipt(string? Date, string? OrderId, string? Receipt);
