using System.Text.Json.Nodes;

namespace BackOffice.Functions.Tests.Telemetry;

/// <summary>
/// One envelope as Application Insights stores it: the table its baseType lands in, the columns the queries read, and
/// its properties as customDimensions. The mapping is the classic schema's (RequestData → requests, responseCode →
/// resultCode; RemoteDependencyData → dependencies; MessageData → traces; ExceptionData → exceptions, the first
/// exception's message → outerMessage; MetricData → customMetrics, value/count/max → valueSum/valueCount/valueMax).
/// </summary>
public sealed record AppInsightsRow(string Table, IReadOnlyDictionary<string, string?> Columns, IReadOnlyDictionary<string, string?> Dimensions)
{
    public static AppInsightsRow? From(JsonObject envelope)
    {
        var data = envelope["data"]?["baseData"];
        var tags = envelope["tags"]?.AsObject();
        if (data is null)
        {
            return null;
        }

        var common = new Dictionary<string, string?>
        {
            ["timestamp"] = (string?)envelope["time"],
            ["operation_Id"] = (string?)tags?["ai.operation.id"],
            ["operation_ParentId"] = (string?)tags?["ai.operation.parentId"],
            ["itemType"] = (string?)envelope["data"]!["baseType"],
        };
        var (table, columns) = (string?)envelope["data"]!["baseType"] switch
        {
            "RequestData" => ("requests", new Dictionary<string, string?>
            {
                ["id"] = Text(data["id"]), ["name"] = Text(data["name"]), ["resultCode"] = Text(data["responseCode"]),
                ["success"] = Text(data["success"]), ["duration"] = Text(data["duration"]), ["severityLevel"] = null,
            }),
            "RemoteDependencyData" => ("dependencies", new Dictionary<string, string?>
            {
                ["id"] = Text(data["id"]), ["name"] = Text(data["name"]), ["resultCode"] = Text(data["resultCode"]),
                ["success"] = Text(data["success"]), ["duration"] = Text(data["duration"]), ["target"] = Text(data["target"]),
                ["type"] = Text(data["type"]),
            }),
            "MessageData" => ("traces", new Dictionary<string, string?>
            {
                ["message"] = Text(data["message"]), ["severityLevel"] = Text(data["severityLevel"]),
            }),
            "ExceptionData" => ("exceptions", new Dictionary<string, string?>
            {
                ["outerMessage"] = Text(data["exceptions"]?[0]?["message"]), ["severityLevel"] = Text(data["severityLevel"]),
            }),
            "MetricData" => ("customMetrics", new Dictionary<string, string?>
            {
                ["name"] = Text(data["metrics"]?[0]?["name"]), ["valueSum"] = Text(data["metrics"]?[0]?["value"]),
                ["valueCount"] = Text(data["metrics"]?[0]?["count"]), ["valueMax"] = Text(data["metrics"]?[0]?["max"]),
            }),
            var other => (other ?? "unknown", new Dictionary<string, string?>()),
        };
        foreach (var (key, value) in common)
        {
            columns[key] = value;
        }

        var dimensions = data["properties"]?.AsObject().ToDictionary(pair => pair.Key, pair => Text(pair.Value)) ?? [];
        return new AppInsightsRow(table, columns, dimensions);
    }

    private static string? Text(JsonNode? node) => node?.ToString();
}
