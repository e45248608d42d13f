using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace BackOffice.Application.Intake;

public static class JsonPayload
{
    /// <summary>
    /// True when the bytes are one well-formed JSON value whose every string can be read; otherwise says what failed.
    /// </summary>
    public static bool TryParse(ReadOnlyMemory<byte> body, [NotNullWhen(false)] out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            error = $"The body is not valid JSON: {exception.Message}";
            return false;
        }

        error = UndecodableString(body.Span);
        return error is null;
    }

    // "\ud800" is JSON syntax, yet half of a UTF-16 surrogate pair is no text: reading it throws InvalidOperationException
    // (a 5xx for whoever reads the field later). Only escaped strings can hold one, so a body without "\u" is not read twice.
    private static string? UndecodableString(ReadOnlySpan<byte> body)
    {
        if (body.IndexOf("\\u"u8) < 0)
        {
            return null;
        }

        var reader = new Utf8JsonReader(body.StartsWith("\uFEFF"u8) ? body[3..] : body);
        while (reader.Read())
        {
            if (reader is { TokenType: JsonTokenType.String or JsonTokenType.PropertyName, ValueIsEscaped: true })
            {
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException exception)
                {
                    return $"The body is not valid JSON: a string at byte {reader.TokenStartIndex} cannot be read ({exception.Message}).";
                }
            }
        }

        return null;
    }
}
