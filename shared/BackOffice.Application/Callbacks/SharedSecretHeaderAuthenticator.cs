using BackOffice.Application.Intake;

namespace BackOffice.Application.Callbacks;

/// <summary>
/// Partners that do not sign (Focus NFe hooks, ClearSale's agreed callback, VTEX hooks) echo a secret we configured
/// with them in a header; the body is not covered, so the callback is only a hint to re-read the resource.
/// </summary>
public sealed class SharedSecretHeaderAuthenticator(string headerName, string expectedValue) : ICallbackAuthenticator
{
    public ValueTask<bool> IsAuthenticAsync(Func<string, string?> header, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        ValueTask.FromResult(HmacSignature.SecretMatches(header(headerName), expectedValue));
}
