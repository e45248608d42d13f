using System.Text.Json;

namespace BackOffice.Application.Callbacks.Readers;

/// <summary><c>{ code, date, type: "status" }</c>: a status changed; the decision itself is read from ClearSale.</summary>
public sealed class ClearSaleCallbackReader : ICallbackReader
{
    public PartnerCallback? Read(JsonElement body, out string? error)
    {
        var code = body.Text("code");
        var date = body.Text("date");
        var type = body.Text("type") ?? "status";
        error = code is null ? "The notification has no order 'code'." : date is null ? "The notification has no 'date'." : null;
        return error is null ? new PartnerCallback($"{code}:{type}:{date}", type, code!, code) : null;
    }
}
