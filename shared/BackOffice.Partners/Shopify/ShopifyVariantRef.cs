namespace BackOffice.Partners.Shopify;

/// <summary>A SKU as Shopify knows it: what inventory and price mutations address.</summary>
public sealed record ShopifyVariantRef(string Sku, string VariantId, string ProductId, string InventoryItemId);
