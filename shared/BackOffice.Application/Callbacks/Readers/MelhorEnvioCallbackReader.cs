using System.Text.Json;

namespace BackOffice.Application.Callbacks.Readers;

/// <summary>
/// <c>{ event: "order.posted", data: { id, protocol, status, tracking, tracking_url, posted_at, … } }</c>. The body
/// names the label (<c>data.id</c>, Melhor Envio calls labels orders); our order is the tag we put on the label, read
/// from <c>data.tags</c> when the body carries it and otherwise from the label itself (see
/// <see cref="ICallbackOrderResolver"/>): no Melhor Envio material we found shows tags in the webhook body.
/// </summary>
public sealed class MelhorEnvioCallbackReader : ICallbackReader
{
    public PartnerCallback? Read(JsonElement body, out string? error)
    {
        var eventName = body.Text("event");
        var labelId = body.Text("data", "id");
        var orderRef = body.TryGetProperty("data", out var data) && data.FirstItem("tags") is { } tag ? tag.Text("tag") : null;
        var at = body.Text("data", "updated_at") ?? body.Text("data", "delivered_at") ?? body.Text("data", "posted_at") ?? "";
        error = (eventName, labelId) switch
        {
            (null, _) => "The webhook has no 'event'.",
            (_, null) => "The webhook has no 'data.id'.",
            _ => null,
        };
        return error is null ? new PartnerCallback($"{labelId}:{eventName}:{at}", eventName!, orderRef, labelId) : null;
    }
}
