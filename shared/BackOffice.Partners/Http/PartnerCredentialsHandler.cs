using System.Net.Http.Headers;

namespace BackOffice.Partners.Http;

/// <summary>
/// Adds the partner's credentials, but only to requests under its base URL: label and document downloads may point at
/// other hosts (a CDN, a storage bucket), and those must never see our secret.
/// </summary>
public sealed class PartnerCredentialsHandler(Uri baseUri, Func<AuthenticationHeaderValue> credentials) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && baseUri.IsBaseOf(uri))
        {
            request.Headers.Authorization = credentials();
        }

        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>HTTP Basic with the key as user and an empty password, as Pagar.me and Focus NFe expect.</summary>
    public static AuthenticationHeaderValue Basic(string user)
        => new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(user + ":")));
}
