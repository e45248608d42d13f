using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace BackOffice.IntegrationTests.Support;

/// <summary>The local stack that test.sh started: the function app behind the local Functions host, and Azurite.</summary>
public static class Stack
{
    public static readonly Uri AppUrl = new(Environment.GetEnvironmentVariable("BACKOFFICE_APP_URL") ?? "http://127.0.0.1:7071");

    /// <param name="waitForIntake">After a webhook's 202, wait until its intake recorded the delivery (<see cref="IntakeWait"/>).</param>
    public static HttpClient Http(bool waitForIntake = true) =>
        new(waitForIntake ? new IntakeWait() : new HttpClientHandler()) { BaseAddress = AppUrl, Timeout = TimeSpan.FromSeconds(90) };

    public static BlobContainerClient RawPayloads() => new(Storage, "raw-payloads");

    /// <summary>Reads a blob by the location the app reports (<c>container/name</c>).</summary>
    public static async Task<byte[]> ReadBlobAsync(string location)
    {
        var slash = location.IndexOf('/');
        var blob = new BlobContainerClient(Storage, location[..slash]).GetBlobClient(location[(slash + 1)..]);
        return (await blob.DownloadContentAsync()).Value.Content.ToArray();
    }

    public static TableClient Deliveries() => new(Storage, "deliveries");

    public static QueueClient Queue(string name) => new(Storage, name);

    private static string Storage => LocalSettings.Get("AzureWebJobsStorage");
}
