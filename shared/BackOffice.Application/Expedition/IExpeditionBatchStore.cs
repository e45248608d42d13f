namespace BackOffice.Application.Expedition;

/// <summary>Batches, their PDFs, and which batch each order went out in.</summary>
public interface IExpeditionBatchStore
{
    Task<ExpeditionBatch?> FindAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>Stores the PDF and the batch; when the batch already exists nothing is changed and the stored one is returned.</summary>
    Task<ExpeditionBatch> CreateAsync(ExpeditionBatch batch, byte[] pdf, CancellationToken cancellationToken);

    /// <summary>Marks each order as being in the batch, keeping an order's first batch when it is printed again.</summary>
    Task AssignAsync(string batchId, IEnumerable<string> orderIds, CancellationToken cancellationToken);

    /// <summary>Of <paramref name="orderIds"/>, those already in a batch.</summary>
    Task<IReadOnlySet<string>> FindAssignedAsync(IEnumerable<string> orderIds, CancellationToken cancellationToken);

    Task<byte[]?> ReadPdfAsync(ExpeditionBatch batch, CancellationToken cancellationToken);

    /// <summary>Batches made at or after <paramref name="since"/>, newest first.</summary>
    Task<IReadOnlyList<ExpeditionBatchSummary>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The newest batch made from the waiting orders, if any.</summary>
    Task<string?> LatestWaitingBatchAsync(CancellationToken cancellationToken);

    /// <summary>Records the handover once; a repeat keeps the first time and person.</summary>
    Task<ExpeditionBatch> MarkHandedOverAsync(ExpeditionBatch batch, DateTimeOffset at, string person, CancellationToken cancellationToken);
}
