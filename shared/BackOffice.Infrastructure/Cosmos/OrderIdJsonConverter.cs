using System.Text.Json;
using System.Text.Json.Serialization;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Cosmos;

internal sealed class OrderIdJsonConverter : JsonConverter<OrderId>
{
    public override OrderId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        OrderId.TryParse(reader.GetString(), out var orderId) ? orderId! : throw new JsonException("Not an order id.");

    public override void Write(Utf8JsonWriter writer, OrderId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
