using System.Text.Json.Serialization;

namespace BackOffice.Channels.Shopify;

/// <param name="Price">The shipping price before discounts.</param>
/// <param name="DiscountedPrice">The shipping price after shipping discounts (free-shipping codes, say).</param>
public sealed record ShopifyShippingLine(
    long? Id,
    string? Title,
    string? Code,
    [property: JsonConverter(typeof(LenientTextConverter))] string? Price,
    [property: JsonConverter(typeof(LenientTextConverter))] string? DiscountedPrice);
