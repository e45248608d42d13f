namespace BackOffice.Application.Expedition;

/// <summary>
/// A batch of parcels the warehouse prints and packs together. Immutable once made: its orders, pick list, manifests
/// and PDF never change; only the handover to the carrier is recorded on it later.
/// </summary>
/// <param name="Selection">How the orders were chosen: <see cref="WaitingSelection"/> or <see cref="NamedSelection"/>.</param>
public sealed record ExpeditionBatch(
    string BatchId,
    DateTimeOffset CreatedAt,
    string Selection,
    IReadOnlyList<BatchOrder> Orders,
    IReadOnlyList<PickListLine> PickList,
    IReadOnlyList<CarrierManifest> Manifests,
    string PdfLocation,
    DateTimeOffset? HandedOverAt = null,
    string? HandedOverBy = null)
{
    /// <summary>Every ReadyToShip order not yet in a batch.</summary>
    public const string WaitingSelection = "waiting";

    /// <summary>The orders named in the request.</summary>
    public const string NamedSelection = "named";
}
