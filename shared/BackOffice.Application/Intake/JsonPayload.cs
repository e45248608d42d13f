using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace BackOffice.Application.Intake;

public static class JsonPayload
{
    /// <summary>True when the bytes are one well-formed JSON value; otherwise says where parsing failed.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> body, [NotNullWhen(false)] out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            error = $"The body is not valid JSON: {exception.Message}";
            return false;
        }
    }
}
