using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Partners.ClearSale;

/// <summary>
/// One ClearSale token for the whole process, renewed shortly before it expires. Concurrent callers share one
/// authentication: the first renews under the lock, the others wait and take its token.
/// </summary>
public sealed class ClearSaleTokenCache(IOptions<ClearSaleOptions> options, TimeProvider time, ILogger<ClearSaleTokenCache> logger) : IDisposable
{
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private volatile ClearSaleToken? _current;

    public async Task<ClearSaleToken> GetAsync(IClearSaleAuthApi auth, CancellationToken cancellationToken)
    {
        var token = _current;
        if (IsFresh(token))
        {
            return token!;
        }

        await _renewal.WaitAsync(cancellationToken);
        try
        {
            token = _current;
            if (IsFresh(token))
            {
                return token!;
            }

            _current = await AuthenticateAsync(auth, cancellationToken);
            return _current;
        }
        finally
        {
            _renewal.Release();
        }
    }

    /// <summary>
    /// ClearSale refused <paramref name="rejected"/> (401) although we thought it valid: drop it, unless another caller
    /// already replaced it, so that a burst of 401s costs one authentication.
    /// </summary>
    public async Task<ClearSaleToken> RenewAsync(IClearSaleAuthApi auth, ClearSaleToken rejected, CancellationToken cancellationToken)
    {
        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } current && current != rejected && IsFresh(current))
            {
                return current;
            }

            _current = await AuthenticateAsync(auth, cancellationToken);
            return _current;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public void Dispose() => _renewal.Dispose();

    private bool IsFresh(ClearSaleToken? token) => token is not null && time.GetUtcNow() < token.ExpiresAt - options.Value.TokenRenewalMargin;

    private async Task<ClearSaleToken> AuthenticateAsync(IClearSaleAuthApi auth, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var answer = await auth.AuthenticateAsync(new ClearSaleCredentials(settings.Name, settings.Password), cancellationToken);
        if (string.IsNullOrWhiteSpace(answer.Token))
        {
            throw new InvalidOperationException("ClearSale authentication answered without a token.");
        }

        var expiresAt = answer.ExpirationDate ?? time.GetUtcNow().Add(settings.TokenFallbackLifetime);
        logger.LogInformation("ClearSale token renewed; valid until {ExpiresAt:O}", expiresAt);
        return new ClearSaleToken(answer.Token, expiresAt);
    }
}
