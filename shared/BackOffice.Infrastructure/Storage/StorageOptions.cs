namespace BackOffice.Infrastructure.Storage;

public sealed class StorageOptions
{
    public string ConnectionString { get; set; } = "";

    public string RawPayloadContainer { get; set; } = "raw-payloads";

    public string DeliveryTable { get; set; } = "deliveries";

    public string DocumentContainer { get; set; } = "documents";

    public string StockTable { get; set; } = "stock";

    public string MessageFailureTable { get; set; } = "messagefailures";

    /// <summary>Hashed e-mail and CPF/CNPJ to order ids, for customer service's search.</summary>
    public string CustomerIndexTable { get; set; } = "customerindex";
}
