using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace BackOffice.IntegrationTests.Support;

/// <summary>The local stack that test.sh started: the function app behind the local Functions host, and Azurite.</summary>
public static class Stack
{
    public static readonly Uri AppUrl = new(Environment.GetEnvironmentVariable("BACKOFFICE_APP_URL") ?? "http://127.0.0.1:7071");

    public static HttpClient Http() => new() { BaseAddress = AppUrl, Timeout = TimeSpan.FromSeconds(30) };

    public static BlobContainerClient RawPayloads() => new(Storage, "raw-payloads");

    public static TableClient Deliveries() => new(Storage, "deliveries");

    public static QueueClient Queue(string name) => new(Storage, name);

    private static string Storage => LocalSettings.Get("AzureWebJobsStorage");
}
