using System.Text.Json.Serialization;

namespace BackOffice.Channels.Shopify;

public sealed record ShopifyMoney([property: JsonConverter(typeof(LenientTextConverter))] string? Amount, string? CurrencyCode);
