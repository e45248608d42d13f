using System.Net;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Partners.Http;
using Refit;

namespace BackOffice.Partners.Vtex;

/// <summary>Reads VTEX orders and the feed for the intake.</summary>
public sealed class VtexOrderSource(IVtexApi api) : IVtexOrderSource
{
    public async Task<ReadOnlyMemory<byte>?> GetOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        using var response = await api.GetOrderAsync(orderId, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw VtexErrors.Failure(response.StatusCode, System.Text.Encoding.UTF8.GetString(content), response.ReasonPhrase, response.Headers.RetryAfter);
        }

        return content;
    }

    public async Task<IReadOnlyList<StorefrontFeedEvent>> ReadFeedAsync(int maxEvents, CancellationToken cancellationToken)
    {
        IReadOnlyList<VtexFeedItem> items;
        try
        {
            items = await api.ReadFeedAsync(maxEvents, cancellationToken);
        }
        catch (ApiException error)
        {
            throw Failure(error);
        }

        // An item without its handle, order or time cannot be handled nor committed; VTEX never sends one.
        return [.. items
            .Where(item => item is { Handle: { Length: > 0 }, OrderId: { Length: > 0 }, State: { Length: > 0 } })
            .Select(item => new StorefrontFeedEvent(item.Handle!, item.OrderId!, item.State!, item.LastChange ?? item.CurrentChange ?? DateTimeOffset.UnixEpoch))];
    }

    public async Task CommitFeedAsync(IReadOnlyCollection<string> handles, CancellationToken cancellationToken)
    {
        try
        {
            await api.CommitFeedAsync(new VtexFeedCommit(handles), cancellationToken);
        }
        catch (ApiException error)
        {
            throw Failure(error);
        }
    }

    private static PartnerApiException Failure(ApiException error) =>
        VtexErrors.Failure(error.StatusCode, error.Content, error.ReasonPhrase, error.Headers.RetryAfter);
}
