using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
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
}
