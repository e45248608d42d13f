namespace BackOffice.Channels.Shopify;

/// <summary>Personal data: never logged in clear.</summary>
public sealed record ShopifyCustomer(long? Id, string? FirstName, string? LastName, string? Email, string? Phone);
