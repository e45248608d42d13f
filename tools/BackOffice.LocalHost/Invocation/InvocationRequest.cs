using System.Text.Json.Nodes;

namespace BackOffice.LocalHost.Invocation;

/// <summary>The body the real host POSTs to a custom handler at /{FunctionName}.</summary>
public static class InvocationRequest
{
    public static JsonObject CreateBody(JsonObject data, JsonObject metadata) => new()
    {
        ["Data"] = data,
        ["Metadata"] = metadata,
    };

    /// <summary>The "sys" metadata every invocation carries.</summary>
    public static JsonObject CreateSysMetadata(string functionName, DateTimeOffset utcNow) => new()
    {
        ["MethodName"] = functionName,
        ["UtcNow"] = utcNow.UtcDateTime.ToString("o"),
        ["RandGuid"] = Guid.NewGuid().ToString(),
    };
}
