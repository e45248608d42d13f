using System.Text.Json;
using BackOffice.Application.Intake;

namespace BackOffice.Channels;

/// <summary>Reads a storefront body into its DTO; every way it can be wrong becomes a validation error, never an exception.</summary>
internal static class ChannelJson
{
    public static T? Read<T>(ReadOnlyMemory<byte> body, JsonSerializerOptions options, ValidationErrors errors)
        where T : class
    {
        if (!JsonPayload.TryParse(body, out var malformed))
        {
            errors.Add("$", malformed);
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body.Span, options);
            if (value is null)
            {
                errors.Add("$", "must be a JSON object.");
            }

            return value;
        }
        catch (JsonException exception)
        {
            var path = exception.Path is null or "$" ? "$" : exception.Path.TrimStart('$', '.');
            errors.Add(path, path == "$" ? "must be a JSON object." : "has the wrong type or format.");
            return null;
        }
    }
}
