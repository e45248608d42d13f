using System.Text.Json.Serialization;

namespace BackOffice.Channels.Shopify;

/// <param name="Price">Unit price before discounts; line discounts are part of the order's <c>total_discounts</c>.</param>
public sealed record ShopifyLineItem(
    long? Id,
    string? Sku,
    string? Title,
    int? Quantity,
    [property: JsonConverter(typeof(LenientTextConverter))] string? Price,
    int? Grams);
