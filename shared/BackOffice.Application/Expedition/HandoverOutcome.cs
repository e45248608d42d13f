namespace BackOffice.Application.Expedition;

/// <param name="Recorded">Orders whose timeline got the handover now.</param>
/// <param name="AlreadyRecorded">Orders whose timeline already had it (a repeated handover).</param>
/// <param name="Refused">Orders whose rules refused it (cancelled since the batch was made, say), with the reason.</param>
public sealed record HandoverOutcome(
    ExpeditionBatch Batch, IReadOnlyList<string> Recorded, IReadOnlyList<string> AlreadyRecorded, IReadOnlyDictionary<string, string> Refused);
