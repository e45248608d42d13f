using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackOffice.Channels.Shopify;

internal static class ShopifyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        // Ids arrive as numbers, but apps that relay webhooks sometimes quote them.
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
