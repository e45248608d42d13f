namespace BackOffice.Partners.Shopify;

/// <summary>GraphQL answers 200 even for errors: they come in <c>errors</c> beside (or instead of) <c>data</c>.</summary>
public sealed record ShopifyGraphQlResponse<T>(T? Data, IReadOnlyList<ShopifyGraphQlError>? Errors);
