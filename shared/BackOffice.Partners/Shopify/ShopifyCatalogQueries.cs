namespace BackOffice.Partners.Shopify;

/// <summary>
/// The catalog's GraphQL documents (shopify.dev/docs/api/admin-graphql/2026-10): the SKUs' variants, the "available"
/// quantities (since 2026-04 <c>inventorySetQuantities</c> needs <c>@idempotent(key:)</c> and a <c>changeFromQuantity</c>
/// per line, null meaning "set whatever was there": the hub is the source of truth), and a product's variant prices.
/// </summary>
public static class ShopifyCatalogQueries
{
    /// <summary>SKUs looked up per query; the search string stays short and the cost low.</summary>
    public const int LookupBatch = 50;

    public const string Variants = """
        query CatalogVariants($first: Int!, $query: String!) {
          productVariants(first: $first, query: $query) { nodes { id sku product { id } inventoryItem { id } } }
        }
        """;

    public const string SetQuantities = """
        mutation CatalogSetQuantities($input: InventorySetQuantitiesInput!, $idempotencyKey: String!) {
          inventorySetQuantities(input: $input) @idempotent(key: $idempotencyKey) {
            inventoryAdjustmentGroup { id } userErrors { field message code }
          }
        }
        """;

    public const string UpdatePrices = """
        mutation CatalogUpdatePrices($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
          productVariantsBulkUpdate(productId: $productId, variants: $variants) { productVariants { id } userErrors { field message code } }
        }
        """;

    /// <summary>Shopify's search syntax, quoted so a SKU with spaces or colons stays one term.</summary>
    public static string SkuSearch(IEnumerable<string> skus) => string.Join(" OR ", skus.Select(sku => $"sku:\"{sku.Replace("\"", "\\\"", StringComparison.Ordinal)}\""));
}
