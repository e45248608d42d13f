using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using BackOffice.Application.Callbacks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Partners.Pagarme;

/// <summary>
/// Pagar.me's webhook keys from its JWKS, cached by <c>kid</c> for the life of the process. Fetched on first use, and
/// again when a key id is unknown or a signature fails (Pagar.me rotated its key) — at most once per
/// <see cref="PagarmeOptions.WebhookKeysMinimumRefresh"/>, so forged hooks with made-up key ids cannot make the hub
/// hammer Pagar.me. Only <c>kty: RSA</c>, <c>use: sig</c> keys whose <c>alg</c> is absent or RS256 count, as in
/// Pagar.me's own validator.
/// </summary>
public sealed class PagarmeWebhookKeys(
    IHttpClientFactory clients, IOptions<PagarmeOptions> options, TimeProvider time, ILogger<PagarmeWebhookKeys> logger) : IWebhookKeySet, IDisposable
{
    public const string ClientName = "pagarme-jwks";

    private readonly SemaphoreSlim _fetch = new(1, 1);
    private IReadOnlyDictionary<string, RSAParameters> _keys = new Dictionary<string, RSAParameters>();
    private DateTimeOffset? _fetchedAt;

    public async ValueTask<RSAParameters?> FindRsaKeyAsync(string keyId, bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh && _keys.TryGetValue(keyId, out var cached))
        {
            return cached;
        }

        await _fetch.WaitAsync(cancellationToken);
        try
        {
            if (_fetchedAt is null || time.GetUtcNow() - _fetchedAt >= options.Value.WebhookKeysMinimumRefresh)
            {
                _keys = await FetchAsync(cancellationToken);
                _fetchedAt = time.GetUtcNow();
            }
        }
        finally
        {
            _fetch.Release();
        }

        return _keys.TryGetValue(keyId, out var key) ? key : null;
    }

    public void Dispose() => _fetch.Dispose();

    private async Task<IReadOnlyDictionary<string, RSAParameters>> FetchAsync(CancellationToken cancellationToken)
    {
        var url = options.Value.WebhookJwksUrl;
        using var document = await clients.CreateClient(ClientName).GetFromJsonAsync<JsonDocument>(url, cancellationToken)
            ?? throw new InvalidOperationException($"Pagar.me's JWKS at {url} is empty.");
        var keys = Parse(document.RootElement);
        logger.LogInformation("Pagar.me webhook keys fetched from {Url}: {KeyIds}", url, string.Join(", ", keys.Keys));
        return keys;
    }

    public static IReadOnlyDictionary<string, RSAParameters> Parse(JsonElement jwks)
    {
        var keys = new Dictionary<string, RSAParameters>(StringComparer.Ordinal);
        if (!jwks.TryGetProperty("keys", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return keys;
        }

        foreach (var key in list.EnumerateArray())
        {
            if (Text(key, "kty") == "RSA" && Text(key, "use") == "sig" && Text(key, "alg") is null or RsaSignatureAuthenticator.Algorithm
                && Text(key, "kid") is { Length: > 0 } kid
                && Text(key, "n") is { } n && Base64Url.TryDecode(n) is { } modulus
                && Text(key, "e") is { } e && Base64Url.TryDecode(e) is { } exponent)
            {
                keys[kid] = new RSAParameters { Modulus = modulus, Exponent = exponent };
            }
        }

        return keys;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
