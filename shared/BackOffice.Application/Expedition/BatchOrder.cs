namespace BackOffice.Application.Expedition;

/// <summary>One order as a batch printed it: what the pick list and the carrier's manifest are made from.</summary>
/// <param name="Reprint">The order was already past ReadyToShip when the batch was made: its documents are printed again.</param>
public sealed record BatchOrder(
    string OrderId,
    string Status,
    string? InvoiceNumber,
    string? InvoiceKey,
    string? TrackingCode,
    string Carrier,
    string? Service,
    int? WeightGrams,
    IReadOnlyList<BatchItem> Items,
    bool Reprint);

public sealed record BatchItem(string Sku, string Description, int Quantity);
