using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using BackOffice.Application.Documents;

namespace BackOffice.Infrastructure.Storage;

/// <summary>Documents in a blob container, one folder per order.</summary>
internal sealed class BlobDocumentStore(BlobContainerClient container, StorageOperationCounter counter) : IDocumentStore
{
    public async Task<string> StoreAsync(string orderId, string name, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var blobName = $"{orderId}/{name}";
        await container.GetBlobClient(blobName).UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
        counter.Count("blob.upload");
        return $"{container.Name}/{blobName}";
    }

    public async Task<byte[]> ReadAsync(string location, CancellationToken cancellationToken)
    {
        var prefix = $"{container.Name}/";
        if (!location.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{location}' is not in the {container.Name} container.", nameof(location));
        }

        var content = await container.GetBlobClient(location[prefix.Length..]).DownloadContentAsync(cancellationToken);
        counter.Count("blob.read");
        return content.Value.Content.ToArray();
    }

    // A service SAS needs the account key; with a managed identity (no key) there is no link, only the NF-e key.
    public Uri? LinkFor(string location, DateTimeOffset expiresOn)
    {
        var prefix = $"{container.Name}/";
        var blob = location.StartsWith(prefix, StringComparison.Ordinal) ? container.GetBlobClient(location[prefix.Length..]) : null;
        return blob is { CanGenerateSasUri: true } ? blob.GenerateSasUri(BlobSasPermissions.Read, expiresOn) : null;
    }
}
