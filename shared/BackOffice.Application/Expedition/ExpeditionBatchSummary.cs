namespace BackOffice.Application.Expedition;

/// <summary>A batch as the ops page lists it.</summary>
public sealed record ExpeditionBatchSummary(string BatchId, DateTimeOffset CreatedAt, int OrderCount, DateTimeOffset? HandedOverAt, string? HandedOverBy);
