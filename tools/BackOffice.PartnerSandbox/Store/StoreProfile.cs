using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Store;

/// <summary>
/// A store on the hub's own format receiving the hub's events. The gate only injects faults: the store checks the
/// signature itself, because a forged delivery is something it records, not a fault.
/// </summary>
public static class StoreProfile
{
    public static readonly PartnerProfile Instance = new(PartnerNames.Store, _ => true, (status, message) => new { status, error = message });
}
