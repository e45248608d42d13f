using Refit;

namespace BackOffice.Partners.ClearSale;

/// <summary>ClearSale's token endpoint; kept apart from <see cref="IClearSaleApi"/> so that getting a token never needs a token.</summary>
public interface IClearSaleAuthApi
{
    [Post("/v1/authenticate")]
    Task<ClearSaleTokenResponse> AuthenticateAsync([Body] ClearSaleCredentials credentials, CancellationToken cancellationToken);
}
