using System.Security.Cryptography;

namespace BackOffice.Application.Callbacks;

/// <summary>A partner's published webhook signing keys (a JWKS), looked up by key id and cached.</summary>
public interface IWebhookKeySet
{
    /// <param name="refresh">True after a signature failed with the cached key: the partner may have rotated it.</param>
    /// <returns>The RSA public key with that id, or null when the partner publishes none.</returns>
    ValueTask<RSAParameters?> FindRsaKeyAsync(string keyId, bool refresh, CancellationToken cancellationToken);
}
