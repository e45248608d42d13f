using System.Text.Json.Serialization;

namespace BackOffice.Bench;

/// <summary>Operations per second each emulator served, one kind at a time.</summary>
public sealed record EmulatorRates(
    [property: JsonPropertyName("cosmos_create")] double CosmosCreate,
    [property: JsonPropertyName("cosmos_read")] double CosmosRead,
    [property: JsonPropertyName("cosmos_replace")] double CosmosReplace,
    [property: JsonPropertyName("queue_send")] double QueueSend,
    [property: JsonPropertyName("blob_upload")] double BlobUpload,
    [property: JsonPropertyName("table_operation")] double TableOperation);
