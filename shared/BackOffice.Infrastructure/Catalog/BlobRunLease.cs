using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using BackOffice.Application.Catalog;

namespace BackOffice.Infrastructure.Catalog;

/// <summary>
/// A blob lease per sync (the way the Functions host keeps a timer singleton): 60 seconds, renewed after each page, so a
/// run on another instance finds it taken (409) and ends; a process that dies lets it lapse within the minute.
/// </summary>
internal sealed class BlobRunLease(BlobContainerClient container) : IRunLease
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    public async Task<IHeldLease?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(name);
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            // Made by an earlier run (or leased right now, which the acquire below finds out).
        }

        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(Duration, cancellationToken: cancellationToken);
            return new Held(lease);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return null;
        }
    }

    private sealed class Held(BlobLeaseClient lease) : IHeldLease
    {
        public Task RenewAsync(CancellationToken cancellationToken) => lease.RenewAsync(cancellationToken: cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await lease.ReleaseAsync();
            }
            catch (RequestFailedException)
            {
                // Lapsed already; the next run can take it either way.
            }
        }
    }
}
