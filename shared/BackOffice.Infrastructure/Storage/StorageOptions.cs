namespace BackOffice.Infrastructure.Storage;

public sealed class StorageOptions
{
    /// <summary>The Functions host's own storage setting; the same account holds our blobs, tables and queues.</summary>
    public const string ConnectionSetting = "AzureWebJobsStorage";

    public string ConnectionString { get; set; } = "";

    public string RawPayloadContainer { get; set; } = "raw-payloads";

    public string DeliveryTable { get; set; } = "deliveries";
}
