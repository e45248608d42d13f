namespace BackOffice.PartnerSandbox.Shared;

/// <summary>The partner names used in URLs, the ledger, faults and callback paths.</summary>
public static class PartnerNames
{
    public const string Pagarme = "pagarme";
    public const string ClearSale = "clearsale";
    public const string FocusNfe = "focusnfe";
    public const string MelhorEnvio = "melhorenvio";
    public const string Vtex = "vtex";
    public const string Shopify = "shopify";
    public const string Erp = "erp";

    /// <summary>A store on the hub's own format, receiving the hub's events.</summary>
    public const string Store = "store";

    public static readonly IReadOnlyList<string> All = [Pagarme, ClearSale, FocusNfe, MelhorEnvio, Vtex, Shopify, Erp, Store];
}
