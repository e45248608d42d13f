using BackOffice.Application.Partners.Risk;

namespace BackOffice.Partners.ClearSale;

/// <summary>
/// ClearSale status codes to the hub's decision, grouped as ClearSale's own integrations group them: its Salesforce
/// cartridge (ClearSale/clearsale-salesforce-commece-cloud, int_clearsale/cartridge/scripts/util/ServiceHelper.js,
/// processClearSaleStatus: reproved RPM SUS CAN FRD RPA RPP, analyzing AMA NVO, approved APA APM) and its Magento
/// sample (ClearSale/SamplesPHP, Utils/Status.php: NVO and AMA "analysing", RPM SUS FRD RPA RPP "reproved").
/// </summary>
public static class ClearSaleDecisions
{
    public static RiskDecision Map(string orderRef, string? code) => code?.Trim().ToUpperInvariant() switch
    {
        // Approved automatically, by an analyst, by policy.
        "APA" or "APM" or "APP" => RiskDecision.Approve,
        // Not scored yet; in ClearSale's own manual analysis: ClearSale's analyst decides, so the hub waits for them.
        "NVO" or "AMA" => RiskDecision.Wait,
        // Reproved: without suspicion, by policy, automatically, suspended, confirmed fraud, cancelled by the store.
        "RPM" or "RPP" or "RPA" or "SUS" or "FRD" or "CAN" => RiskDecision.Deny,
        "ERR" => throw new ClearSaleIntegrationException(orderRef),
        // A code we do not know: a person decides rather than the hub guessing.
        _ => RiskDecision.Unrecognized,
    };
}
