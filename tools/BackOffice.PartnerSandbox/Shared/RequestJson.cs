using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackOffice.PartnerSandbox.Shared;

/// <summary>Reads a request body as a JSON tree; simulators take free-form partner payloads, not fixed DTOs.</summary>
public static class RequestJson
{
    /// <summary>The body, <c>null</c> when empty; <c>Ok</c> is false when it is not JSON.</summary>
    public static async Task<(bool Ok, JsonNode? Body)> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (true, null);
        }

        try
        {
            return (true, JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            return (false, null);
        }
    }
}
