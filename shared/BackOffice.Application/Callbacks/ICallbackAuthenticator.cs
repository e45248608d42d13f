namespace BackOffice.Application.Callbacks;

/// <summary>Checks a callback the way its partner authenticates it (HMAC signature, shared secret header, Basic credentials).</summary>
public interface ICallbackAuthenticator
{
    /// <param name="header">Looks a request header up by name (case-insensitive); null when absent.</param>
    bool IsAuthentic(Func<string, string?> header, ReadOnlySpan<byte> body);
}
