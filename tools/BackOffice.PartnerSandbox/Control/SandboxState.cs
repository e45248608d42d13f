using BackOffice.PartnerSandbox.Catalog;
using BackOffice.PartnerSandbox.ClearSale;
using BackOffice.PartnerSandbox.Erp;
using BackOffice.PartnerSandbox.FocusNfe;
using BackOffice.PartnerSandbox.MelhorEnvio;
using BackOffice.PartnerSandbox.Pagarme;
using BackOffice.PartnerSandbox.Shared;
using BackOffice.PartnerSandbox.Shopify;
using BackOffice.PartnerSandbox.Store;
using BackOffice.PartnerSandbox.Vtex;

namespace BackOffice.PartnerSandbox.Control;

/// <summary>
/// The two resets. The contract's reset forgets calls and faults only, so that orders still in flight keep
/// working; the full reset (<c>?all=true</c>) also drops every simulated order, key and pending timer.
/// </summary>
public sealed class SandboxState(
    CallLedger ledger,
    FaultBook faults,
    OrderFacts facts,
    IdempotencyStore keys,
    BackgroundWork work,
    PagarmeSimulator pagarme,
    ClearSaleSimulator clearSale,
    FocusNfeSimulator focusNfe,
    MelhorEnvioSimulator melhorEnvio,
    VtexSimulator vtex,
    ShopifySimulator shopify,
    StockLevels stock,
    PriceList prices,
    StorefrontCatalog catalog,
    CatalogRateLimits limits,
    StoreInbox store)
{
    public void ResetCallsAndFaults()
    {
        ledger.Clear();
        faults.Clear();
    }

    public void ResetAll()
    {
        ResetCallsAndFaults();
        work.CancelAll();
        facts.Clear();
        keys.Clear();
        pagarme.Clear();
        clearSale.Clear();
        focusNfe.Clear();
        melhorEnvio.Clear();
        vtex.Clear();
        shopify.Clear();
        stock.Clear();
        prices.Clear();
        catalog.Clear();
        limits.Reset();
        store.Clear();
    }
}
