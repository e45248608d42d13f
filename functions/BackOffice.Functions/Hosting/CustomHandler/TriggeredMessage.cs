using System.Text.Json;

namespace BackOffice.Functions.Hosting.CustomHandler;

/// <summary>
/// A queue message as the Functions host hands it over, whichever transport delivered it. The host runs every value
/// through <c>GetHttpScriptInvocationContextValue</c> (azure-functions-host,
/// src/WebJobs.Script/Workers/MessageExtensions/ScriptInvocationContextExtensions.cs): the message body, a string
/// without "dataType", arrives serialized once more (a JSON string literal holding our JSON), and so do string
/// metadata; counts arrive as text ("3"). A Storage queue trigger counts deliveries in DequeueCount, a Service Bus
/// trigger in DeliveryCount. The message's own id is read from its body, never from Metadata: the host merges the
/// body's top-level properties into Metadata (Utility.ApplyBindingData), so a body's "messageId" replaces the
/// broker's MessageId there.
/// </summary>
public sealed record TriggeredMessage(string Body, int DeliveryCount)
{
    public static TriggeredMessage From(InvocationRequest request, string bindingName)
    {
        var data = request.DataFor(bindingName)
            ?? throw new InvalidInvocationException($"The invocation carries no data for binding '{bindingName}'.");
        var body = data.ValueKind switch
        {
            JsonValueKind.String => Unwrap(data.GetString()!),
            JsonValueKind.Object or JsonValueKind.Array => data.GetRawText(),
            _ => throw new InvalidInvocationException($"The data of binding '{bindingName}' is {data.ValueKind}, not a message."),
        };
        var deliveryCount = CountOf(request.MetadataFor("DequeueCount")) ?? CountOf(request.MetadataFor("DeliveryCount")) ?? 1;
        return new TriggeredMessage(body, deliveryCount);
    }

    /// <summary>
    /// The text inside a JSON string literal (what the host sends), or the text itself when it was encoded only once
    /// (what an older caller or a hand-made invocation sends).
    /// </summary>
    public static string Unwrap(string text)
    {
        if (!text.AsSpan().TrimStart().StartsWith("\""))
        {
            return text;
        }

        try
        {
            return JsonSerializer.Deserialize<string>(text) ?? text;
        }
        catch (JsonException exception)
        {
            throw new InvalidInvocationException($"The host sent a quoted value that is not a JSON string: {exception.Message}");
        }
    }

    private static int? CountOf(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out var count) => count,
        { ValueKind: JsonValueKind.String } text when int.TryParse(Unwrap(text.GetString()!), out var count) => count,
        _ => null,
    };
}
