namespace BackOffice.Application.Expedition;

/// <summary>What goes into a batch's PDF: per order its DANFE and label, then the pick list and the manifests.</summary>
public sealed record BatchPrintout(ExpeditionBatch Batch, IReadOnlyList<PrintedOrder> Orders);

/// <param name="Danfe">The stored DANFE, or null when the order has none stored.</param>
/// <param name="Label">The stored label, or null when the order has none stored.</param>
public sealed record PrintedOrder(BatchOrder Order, PrintedDocument Danfe, PrintedDocument Label);

/// <param name="Kind">"DANFE" or "Label": what the page is, said on a page of its own when the content is not a PDF.</param>
/// <param name="Location">Where it is stored, or null when nothing is.</param>
public sealed record PrintedDocument(string Kind, string? Location, byte[]? Content);
