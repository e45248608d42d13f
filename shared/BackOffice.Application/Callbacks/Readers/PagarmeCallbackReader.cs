using System.Text.Json;

namespace BackOffice.Application.Callbacks.Readers;

/// <summary><c>{ id: "hook_…", type: "charge.paid", data: charge | order }</c>; the order reference is the Pagar.me order code.</summary>
public sealed class PagarmeCallbackReader : ICallbackReader
{
    public PartnerCallback? Read(JsonElement body, out string? error)
    {
        var id = body.Text("id");
        var type = body.Text("type");
        // charge.* hooks carry the charge (its order under data.order); order.* hooks carry the order itself.
        var orderRef = body.Text("data", "order", "code") ?? body.Text("data", "code");
        var resourceId = body.Text("data", "id");
        error = (id, type, orderRef) switch
        {
            (null, _, _) => "The hook has no 'id'.",
            (_, null, _) => "The hook has no 'type'.",
            (_, _, null) => "The hook's data names no order code ('data.code' or 'data.order.code').",
            _ => null,
        };
        return error is null ? new PartnerCallback(id!, type!, orderRef!, resourceId) : null;
    }
}
