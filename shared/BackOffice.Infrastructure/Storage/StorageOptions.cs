namespace BackOffice.Infrastructure.Storage;

public sealed class StorageOptions
{
    public string ConnectionString { get; set; } = "";

    public string RawPayloadContainer { get; set; } = "raw-payloads";

    public string DeliveryTable { get; set; } = "deliveries";

    public string DocumentContainer { get; set; } = "documents";

    public string StockTable { get; set; } = "stock";

    /// <summary>The delivery log of the events sent to the store on the hub's own format.</summary>
    public string StoreEventTable { get; set; } = "storeevents";
}
