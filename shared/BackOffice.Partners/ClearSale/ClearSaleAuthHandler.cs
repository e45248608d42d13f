using System.Net;
using System.Net.Http.Headers;

namespace BackOffice.Partners.ClearSale;

/// <summary>Adds ClearSale's bearer token; on a 401 it authenticates once more and resends the request once.</summary>
public sealed class ClearSaleAuthHandler(ClearSaleTokenCache tokens, IClearSaleAuthApi auth) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(auth, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // The token was revoked or expired early. Request bodies here are JSON content that can be sent again.
        response.Dispose();
        token = await tokens.RenewAsync(auth, token, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        return await base.SendAsync(request, cancellationToken);
    }
}
