using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackOffice.Functions.Hosting.CustomHandler;

/// <summary>What the Functions host POSTs to <c>/{FunctionName}</c> for a non-HTTP trigger.</summary>
public sealed record InvocationRequest(
    [property: JsonPropertyName("Data")] IReadOnlyDictionary<string, JsonElement>? Data,
    [property: JsonPropertyName("Metadata")] IReadOnlyDictionary<string, JsonElement>? Metadata)
{
    public JsonElement? DataFor(string bindingName) =>
        Data is not null && Data.TryGetValue(bindingName, out var value) ? value : null;

    public JsonElement? MetadataFor(string key) =>
        Metadata is not null && Metadata.TryGetValue(key, out var value) ? value : null;
}
