using System.Text.Json.Serialization;

namespace BackOffice.Functions.Hosting.CustomHandler;

/// <summary>What the handler answers to an invocation: output bindings by name, log lines for the host, a return value.</summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResponse Completed(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
