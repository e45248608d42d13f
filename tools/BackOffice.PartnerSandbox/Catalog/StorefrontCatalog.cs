using System.Globalization;

namespace BackOffice.PartnerSandbox.Catalog;

/// <summary>
/// What the storefront simulators show per SKU. Every SKU exists in both: in Shopify as a variant with its own inventory
/// item, SKUs differing only in their last character being variants of one product (so a price push is grouped per
/// product, as <c>productVariantsBulkUpdate</c> requires). Ids are handed out on first sight and stay until a full reset.
/// </summary>
public sealed class StorefrontCatalog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ShopifyVariant> _bySku = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ShopifyVariant> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _products = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Storefront, string Sku), int> _quantities = [];
    private readonly Dictionary<(string Storefront, string Sku), decimal> _prices = [];
    private long _next = 1000;

    public ShopifyVariant Variant(string sku)
    {
        lock (_gate)
        {
            if (_bySku.TryGetValue(sku, out var known))
            {
                return known;
            }

            var productKey = sku.Length > 1 ? sku[..^1] : sku;
            if (!_products.TryGetValue(productKey, out var product))
            {
                product = _products[productKey] = ++_next;
            }

            var id = ++_next;
            var variant = new ShopifyVariant(
                sku,
                Gid("ProductVariant", id),
                Gid("Product", product),
                Gid("InventoryItem", id));
            _bySku[sku] = variant;
            _byId[variant.VariantId] = variant;
            _byId[variant.InventoryItemId] = variant;
            return variant;
        }
    }

    /// <summary>A variant or inventory item id handed out before; null for one the sandbox never gave.</summary>
    public ShopifyVariant? ById(string? id)
    {
        lock (_gate)
        {
            return id is not null && _byId.TryGetValue(id, out var variant) ? variant : null;
        }
    }

    public int? Quantity(string storefront, string sku)
    {
        lock (_gate)
        {
            return _quantities.TryGetValue((storefront, sku), out var quantity) ? quantity : null;
        }
    }

    public void SetQuantity(string storefront, string sku, int quantity)
    {
        lock (_gate)
        {
            _quantities[(storefront, sku)] = quantity;
        }
    }

    public decimal? Price(string storefront, string sku)
    {
        lock (_gate)
        {
            return _prices.TryGetValue((storefront, sku), out var price) ? price : null;
        }
    }

    public void SetPrice(string storefront, string sku, decimal price)
    {
        lock (_gate)
        {
            _prices[(storefront, sku)] = price;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _bySku.Clear();
            _byId.Clear();
            _products.Clear();
            _quantities.Clear();
            _prices.Clear();
        }
    }

    private static string Gid(string type, long id) => string.Create(CultureInfo.InvariantCulture, $"gid://shopify/{type}/{id}");
}

/// <summary>A SKU as Shopify knows it: its variant, the variant's product and its inventory item.</summary>
public sealed record ShopifyVariant(string Sku, string VariantId, string ProductId, string InventoryItemId);
