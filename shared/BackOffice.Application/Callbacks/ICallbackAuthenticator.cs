namespace BackOffice.Application.Callbacks;

/// <summary>Checks a callback the way its partner authenticates it (RSA or HMAC signature, shared secret header).</summary>
public interface ICallbackAuthenticator
{
    /// <param name="header">Looks a request header up by name (case-insensitive); null when absent.</param>
    /// <param name="body">The raw body, exactly as received: signatures cover these bytes.</param>
    ValueTask<bool> IsAuthenticAsync(Func<string, string?> header, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);
}
