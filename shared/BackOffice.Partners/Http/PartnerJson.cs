using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace BackOffice.Partners.Http;

/// <summary>JSON conventions of the partners: Pagar.me, Focus NFe and Melhor Envio speak snake_case, ClearSale camelCase.</summary>
public static class PartnerJson
{
    public static readonly JsonSerializerOptions SnakeCase = Create(JsonNamingPolicy.SnakeCaseLower);

    public static readonly JsonSerializerOptions CamelCase = Create(JsonNamingPolicy.CamelCase);

    public static RefitSettings Settings(JsonSerializerOptions options) => new(new SystemTextJsonContentSerializer(options));

    private static JsonSerializerOptions Create(JsonNamingPolicy naming) => new()
    {
        PropertyNamingPolicy = naming,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Money and quantities are decimals: never let a double round a price.
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
