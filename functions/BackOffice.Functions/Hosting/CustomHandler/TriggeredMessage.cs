using System.Text.Json;

namespace BackOffice.Functions.Hosting.CustomHandler;

/// <summary>
/// A queue message as the host hands it over, whichever transport delivered it: a Storage queue trigger names its metadata
/// Id and DequeueCount, a Service Bus trigger MessageId and DeliveryCount.
/// </summary>
public sealed record TriggeredMessage(string Body, string? TransportMessageId, int DeliveryCount)
{
    public static TriggeredMessage From(InvocationRequest request, string bindingName)
    {
        var data = request.DataFor(bindingName)
            ?? throw new InvalidInvocationException($"The invocation carries no data for binding '{bindingName}'.");
        var body = data.ValueKind == JsonValueKind.String ? data.GetString()! : data.GetRawText();
        var id = StringOf(request.MetadataFor("Id")) ?? StringOf(request.MetadataFor("MessageId"));
        var deliveryCount = IntOf(request.MetadataFor("DequeueCount")) ?? IntOf(request.MetadataFor("DeliveryCount")) ?? 1;
        return new TriggeredMessage(body, id, deliveryCount);
    }

    private static string? StringOf(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    // The host serializes counts as numbers; some host versions quote them.
    private static int? IntOf(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out var count) => count,
        { ValueKind: JsonValueKind.String } text when int.TryParse(text.GetString(), out var count) => count,
        _ => null,
    };
}
