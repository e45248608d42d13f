using System.Text.Json;

namespace BackOffice.Functions.Features.Expedition;

/// <param name="OrderIds">The orders to batch; left out, every ReadyToShip order not yet in a batch.</param>
public sealed record BatchRequest(IReadOnlyList<string?>? OrderIds)
{
    private const int MaxBodyBytes = 64 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    /// <summary>An empty body is a request without ids; anything else must be <c>{"orderIds": [...]}</c>.</summary>
    /// <returns>The request, or what is wrong with the body.</returns>
    public static async Task<(BatchRequest? Request, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBodyBytes)
        {
            return (null, $"The body is over {MaxBodyBytes / 1024} KiB.");
        }

        if (buffer.Length == 0 || buffer.ToArray().All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            return (null, null);
        }

        try
        {
            return JsonSerializer.Deserialize<BatchRequest>(buffer.ToArray(), Json) is { } body
                ? (body, null)
                : (null, "The body must be a JSON object: {\"orderIds\": [\"<order id>\", ...]} or {}.");
        }
        catch (JsonException exception)
        {
            return (null, $"The body must be {{\"orderIds\": [\"<order id>\", ...]}} or {{}}: {exception.Message}");
        }
    }
}
