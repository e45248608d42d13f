using System.Text.Json;

namespace BackOffice.Application.Callbacks.Readers;

/// <summary><c>{ event: "order.posted", data: { id, status, tracking, tags: [{ tag: order id }], … } }</c>.</summary>
public sealed class MelhorEnvioCallbackReader : ICallbackReader
{
    public PartnerCallback? Read(JsonElement body, out string? error)
    {
        var eventName = body.Text("event");
        var labelId = body.Text("data", "id");
        var orderRef = body.TryGetProperty("data", out var data) && data.FirstItem("tags") is { } tag ? tag.Text("tag") : null;
        var at = body.Text("data", "updated_at") ?? body.Text("data", "delivered_at") ?? body.Text("data", "posted_at") ?? "";
        error = (eventName, labelId, orderRef) switch
        {
            (null, _, _) => "The webhook has no 'event'.",
            (_, null, _) => "The webhook has no 'data.id'.",
            (_, _, null) => "The webhook's data carries no order tag ('data.tags[0].tag').",
            _ => null,
        };
        return error is null ? new PartnerCallback($"{labelId}:{eventName}:{at}", eventName!, orderRef!, labelId) : null;
    }
}
