using BackOffice.Application.Expedition;

namespace BackOffice.Functions.Features.Expedition;

/// <summary>A batch as the API answers it: the contract's <c>batchId</c>, <c>pdfUrl</c> and <c>orders</c>, then the rest.</summary>
public sealed record BatchAnswer(
    string BatchId,
    string PdfUrl,
    IReadOnlyList<BatchOrder> Orders,
    DateTimeOffset CreatedAt,
    string Selection,
    IReadOnlyList<PickListLine> PickList,
    IReadOnlyList<CarrierManifest> Manifests,
    DateTimeOffset? HandedOverAt,
    string? HandedOverBy)
{
    public static BatchAnswer From(ExpeditionBatch batch, HttpRequest request) => new(
        batch.BatchId,
        BatchLinks.PdfUrl(request, batch.BatchId),
        batch.Orders,
        batch.CreatedAt,
        batch.Selection,
        batch.PickList,
        batch.Manifests,
        batch.HandedOverAt,
        batch.HandedOverBy);
}
