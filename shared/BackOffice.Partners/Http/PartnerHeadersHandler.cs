namespace BackOffice.Partners.Http;

/// <summary>
/// Adds a partner's credential headers (VTEX's app key and token, Shopify's access token), but only to requests under
/// its base URL, like <see cref="PartnerCredentialsHandler"/> does for Authorization.
/// </summary>
public sealed class PartnerHeadersHandler(Uri baseUri, Func<IReadOnlyList<KeyValuePair<string, string>>> headers) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && baseUri.IsBaseOf(uri))
        {
            foreach (var (name, value) in headers())
            {
                request.Headers.Remove(name);
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
