namespace BackOffice.Partners.Shopify;

/// <summary>A GraphQL connection read through its <c>nodes</c>.</summary>
public sealed record ShopifyNodes<T>(IReadOnlyList<T>? Nodes);
