using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Hosting;

/// <summary>The subset of the real host's admin API used locally.</summary>
internal static class AdminEndpoints
{
    public static void Map(
        WebApplication app,
        IReadOnlyList<FunctionDefinition> functions,
        IReadOnlyDictionary<string, ITriggerListener> listeners,
        BackgroundInvocations background)
    {
        app.MapGet("/admin/host/status", () => Json(
            StatusCodes.Status200OK,
            new JsonObject
            {
                ["state"] = "Running",
                ["functions"] = new JsonArray(functions.Select(f => (JsonNode?)JsonValue.Create(f.Name)).ToArray()),
            }));

        app.MapPost("/admin/functions/{name}", async (string name, HttpRequest request) =>
        {
            if (!listeners.TryGetValue(name, out var listener))
            {
                return Error(StatusCodes.Status404NotFound, $"No non-HTTP function named '{name}'.");
            }

            string? input;
            try
            {
                input = await ReadInputAsync(request);
            }
            catch (JsonException ex)
            {
                return Error(StatusCodes.Status400BadRequest, $"Body must be {{\"input\":\"...\"}}: {ex.Message}");
            }

            background.Start(listener, input);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });
    }

    private static async Task<string?> ReadInputAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var input = JsonNode.Parse(body, new JsonNodeOptions { PropertyNameCaseInsensitive = true })?["input"];
        return input?.GetValueKind() == JsonValueKind.String ? input.GetValue<string>() : input?.ToJsonString();
    }

    private static IResult Error(int status, string message) => Json(status, new JsonObject { ["error"] = message });

    private static IResult Json(int status, JsonObject body) => Results.Text(body.ToJsonString(), "application/json", statusCode: status);
}
