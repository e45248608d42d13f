using System.Text;

namespace BackOffice.Application.Callbacks;

/// <summary>HTTP Basic credentials configured on the partner's webhook (Pagar.me).</summary>
public sealed class BasicCredentialsAuthenticator(string user, string password) : ICallbackAuthenticator
{
    private readonly SharedSecretHeaderAuthenticator _header =
        new("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public bool IsAuthentic(Func<string, string?> header, ReadOnlySpan<byte> body) => _header.IsAuthentic(header, body);
}
