using BackOffice.Application.Partners.Risk;

namespace BackOffice.Partners.ClearSale;

/// <summary>ClearSale status codes to the hub's decision.</summary>
public static class ClearSaleDecisions
{
    public static RiskDecision Map(string orderRef, string? code) => code?.Trim().ToUpperInvariant() switch
    {
        // Approved automatically, by an analyst, by policy.
        "APA" or "APM" or "APP" => RiskDecision.Approve,
        // Waiting for ClearSale's manual analysis; suspended on suspicion of fraud.
        "AMA" or "SUS" => RiskDecision.Review,
        // Rejected without suspicion, by policy, confirmed fraud, cancelled by the store.
        "RPM" or "RPP" or "FRD" or "CAN" => RiskDecision.Deny,
        "NVO" => RiskDecision.Wait,
        "ERR" => throw new ClearSaleIntegrationException(orderRef),
        // A code we do not know yet: a person decides rather than the hub guessing.
        _ => RiskDecision.Review,
    };
}
