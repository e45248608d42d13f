using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace BackOffice.Application.Messaging;

public static class OrderMessageSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(OrderMessage message) => JsonSerializer.Serialize(message, Options);

    public static bool TryDeserialize(string body, [NotNullWhen(true)] out OrderMessage? message, out string? error)
    {
        message = null;
        try
        {
            var parsed = JsonSerializer.Deserialize<OrderMessage>(body, Options);
            error = parsed switch
            {
                null => "The message body is JSON null.",
                { MessageId: null or "" } => "The message has no messageId.",
                { Type: null or "" } => "The message has no type.",
                { OrderId: null or "" } => "The message has no orderId.",
                _ => null,
            };
            message = error is null ? parsed : null;
        }
        catch (JsonException exception)
        {
            error = $"The message body is not valid JSON: {exception.Message}";
        }

        return message is not null;
    }
}
