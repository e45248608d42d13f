using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.ClearSale;

/// <summary>ClearSale: a bearer token from <c>v1/authenticate</c>; errors are ASP.NET-style <c>{ "Message": ... }</c>.</summary>
public static class ClearSaleProfile
{
    public static readonly PartnerProfile Instance = new(
        PartnerNames.ClearSale,
        Credentials.HasBearer,
        (status, message) => new { Message = status == StatusCodes.Status401Unauthorized ? "Authorization has been denied for this request." : message });
}
