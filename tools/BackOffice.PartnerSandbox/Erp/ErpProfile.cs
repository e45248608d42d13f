using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Erp;

/// <summary>The store's ERP/WMS has no standard API; the sandbox's is open (no credentials) and answers <c>{ error }</c>.</summary>
public static class ErpProfile
{
    public static readonly PartnerProfile Instance = new(PartnerNames.Erp, _ => true, (_, message) => new { error = message });
}
