using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackOffice.Infrastructure.Cosmos;

internal static class CosmosJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new OrderIdJsonConverter(), new CurrencyJsonConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
