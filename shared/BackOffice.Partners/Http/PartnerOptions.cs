using BackOffice.Partners.Resilience;

namespace BackOffice.Partners.Http;

/// <summary>What every partner section has: where the API lives and how hard to try.</summary>
public abstract class PartnerOptions
{
    /// <summary>Absolute base URL ending at the API root (for example https://api.pagar.me/core/v5/).</summary>
    public string BaseUrl { get; set; } = "";

    public PartnerResilienceOptions Resilience { get; set; } = new();

    /// <summary>The base URL with a trailing slash, so relative paths resolve under it rather than beside it.</summary>
    public Uri BaseUri => new(BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/", UriKind.Absolute);

    public bool HasAbsoluteBaseUrl => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
