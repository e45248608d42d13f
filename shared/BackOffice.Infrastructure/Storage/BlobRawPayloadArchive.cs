using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Storage;

internal sealed class BlobRawPayloadArchive(BlobContainerClient container, StorageOperationCounter counter) : IRawPayloadArchive
{
    public async Task<string> StoreAsync(SalesChannel channel, string deliveryId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        // Named by delivery id: a retried intake overwrites its own copy instead of adding another.
        var name = $"{channel.ToString().ToLowerInvariant()}/{deliveryId}.json";
        await container.GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(body),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);
        counter.Count("blob.upload");
        return $"{container.Name}/{name}";
    }
}
