namespace BackOffice.Channels.Shopify;

/// <summary>
/// Personal data: never logged in clear. Brazilian checkouts put "street, number" in <c>address1</c> and
/// "complement, district" in <c>address2</c>; some stores ask for the CPF in <c>company</c>.
/// </summary>
public sealed record ShopifyAddress(
    string? FirstName,
    string? LastName,
    string? Name,
    string? Company,
    string? Address1,
    string? Address2,
    string? City,
    string? Province,
    string? ProvinceCode,
    string? Zip,
    string? Country,
    string? CountryCode,
    string? Phone);
