namespace BackOffice.Infrastructure.Storage;

/// <summary>
/// The storage account, read the way the Functions host reads <c>AzureWebJobsStorage</c>: a connection string (Azurite,
/// or a user's choice), or identity-based with <c>AzureWebJobsStorage__accountName</c> and no key anywhere.
/// </summary>
public sealed class StorageOptions
{
    public string ConnectionString { get; set; } = "";

    /// <summary>The account name for identity-based access (managed identity in Azure); used when there is no connection string.</summary>
    public string AccountName { get; set; } = "";

    public string RawPayloadContainer { get; set; } = "raw-payloads";

    public string DeliveryTable { get; set; } = "deliveries";

    public string DocumentContainer { get; set; } = "documents";

    public string StockTable { get; set; } = "stock";

    /// <summary>What each storefront was last sent per SKU, the catalog syncs' cursors and their run records.</summary>
    public string CatalogTable { get; set; } = "catalog";

    /// <summary>The blobs whose leases keep two runs of a catalog sync apart.</summary>
    public string CatalogLockContainer { get; set; } = "catalog-locks";

    /// <summary>The delivery log of the events sent to the store on the hub's own format.</summary>
    public string StoreEventTable { get; set; } = "storeevents";

    public string MessageFailureTable { get; set; } = "messagefailures";

    /// <summary>Hashed e-mail and CPF/CNPJ to order ids, for customer service's search.</summary>
    public string CustomerIndexTable { get; set; } = "customerindex";

    /// <summary>The warehouse's expedition batches and which batch each order went out in.</summary>
    public string ExpeditionTable { get; set; } = "expedition";

    public bool UsesIdentity => ConnectionString.Length == 0 && AccountName.Length > 0;

    public Uri ServiceUri(string service) => new($"https://{AccountName}.{service}.core.windows.net");
}
