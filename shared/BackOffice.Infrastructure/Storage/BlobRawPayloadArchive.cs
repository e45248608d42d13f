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

    public async Task<byte[]?> ReadAsync(string location, CancellationToken cancellationToken)
    {
        var prefix = container.Name + "/";
        if (!location.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var content = await container.GetBlobClient(location[prefix.Length..]).DownloadContentAsync(cancellationToken);
            counter.Count("blob.download");
            return content.Value.Content.ToArray();
        }
        catch (Azure.RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }
}
