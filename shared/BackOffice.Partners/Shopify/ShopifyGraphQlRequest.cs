namespace BackOffice.Partners.Shopify;

/// <summary>A GraphQL Admin API call: <c>POST graphql.json { query, variables }</c>.</summary>
public sealed record ShopifyGraphQlRequest(string Query, IReadOnlyDictionary<string, object?> Variables);
