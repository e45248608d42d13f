namespace BackOffice.Partners.Shopify;

/// <summary>A top-level GraphQL error (a bad query, throttling) or a mutation's user error (<c>userErrors</c>, <c>orderCancelUserErrors</c>).</summary>
public sealed record ShopifyGraphQlError(string? Message, IReadOnlyList<string>? Field = null, string? Code = null);
