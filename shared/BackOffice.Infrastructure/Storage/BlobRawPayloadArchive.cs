using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BackOffice.Application.Intake;

namespace BackOffice.Infrastructure.Storage;

internal sealed class BlobRawPayloadArchive(BlobContainerClient container, StorageOperationCounter counter) : IRawPayloadArchive
{
    public async Task<string> StoreAsync(DeliverySource source, string deliveryId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        // Named by delivery id: a retried intake overwrites its own copy instead of adding another.
        var name = $"{source.Name}/{deliveryId}.json";
        await container.GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(body),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);
        counter.Count("blob.upload");
        return $"{container.Name}/{name}";
    }
}
