using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Partners.Shopify;

/// <summary>
/// The Admin API token: the static one when configured, else one from the client-credentials grant, kept for the whole
/// process and renewed before its 24 hours run out (or at once when Shopify refuses it). Concurrent callers share one
/// request: the first renews under the lock, the others take its token.
/// </summary>
public sealed class ShopifyTokenCache(IOptions<ShopifyOptions> options, TimeProvider time, ILogger<ShopifyTokenCache> logger) : IDisposable
{
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private volatile ShopifyAccessToken? _current;

    public async Task<string> GetAsync(IShopifyAuthApi auth, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.UsesClientCredentials)
        {
            return settings.AccessToken;
        }

        return (await RenewIfAsync(auth, token => token is null || time.GetUtcNow() >= token.RenewAt, cancellationToken)).Value;
    }

    /// <summary>Shopify answered 401 to <paramref name="rejected"/>: a new token, unless another caller already got one.</summary>
    public async Task<string?> RenewAsync(IShopifyAuthApi auth, string rejected, CancellationToken cancellationToken) =>
        options.Value.UsesClientCredentials
            ? (await RenewIfAsync(auth, token => token is null || token.Value == rejected, cancellationToken)).Value
            : null;

    public void Dispose() => _renewal.Dispose();

    private async Task<ShopifyAccessToken> RenewIfAsync(IShopifyAuthApi auth, Func<ShopifyAccessToken?, bool> stale, CancellationToken cancellationToken)
    {
        if (_current is { } fresh && !stale(fresh))
        {
            return fresh;
        }

        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } current && !stale(current))
            {
                return current;
            }

            _current = await RequestAsync(auth, cancellationToken);
            return _current;
        }
        finally
        {
            _renewal.Release();
        }
    }

    private async Task<ShopifyAccessToken> RequestAsync(IShopifyAuthApi auth, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var answer = await auth.RequestTokenAsync(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.ClientId,
                ["client_secret"] = settings.ClientSecret,
            },
            cancellationToken);
        if (string.IsNullOrWhiteSpace(answer.AccessToken))
        {
            throw new InvalidOperationException("Shopify's client-credentials grant answered without an access token.");
        }

        var lifetime = TimeSpan.FromSeconds(answer.ExpiresIn is > 0 ? answer.ExpiresIn.Value : 86399);
        var renewAt = time.GetUtcNow() + lifetime - (lifetime > settings.TokenRenewalMargin * 2 ? settings.TokenRenewalMargin : lifetime / 2);
        logger.LogInformation("Shopify access token obtained (scopes {Scopes}); renewed after {RenewAt:O}", answer.Scope, renewAt);
        return new ShopifyAccessToken(answer.AccessToken, renewAt);
    }
}
