namespace BackOffice.Functions.Features.Expedition;

/// <param name="OrderIds">The orders to batch; left out, every ReadyToShip order not yet in a batch.</param>
public sealed record BatchRequest(IReadOnlyList<string?>? OrderIds);
