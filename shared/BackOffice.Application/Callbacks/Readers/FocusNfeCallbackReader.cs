using System.Text.Json;

namespace BackOffice.Application.Callbacks.Readers;

/// <summary>
/// The hook body is the NF-e as <c>GET /v2/nfe/REF</c> returns it. Our refs are <c>&lt;order id&gt;-nfe-&lt;attempt&gt;</c>,
/// so the order is the ref without that suffix.
/// </summary>
public sealed class FocusNfeCallbackReader : ICallbackReader
{
    public const string RefSeparator = "-nfe-";

    public PartnerCallback? Read(JsonElement body, out string? error)
    {
        var reference = body.Text("ref");
        var status = body.Text("status");
        error = reference is null ? "The hook has no 'ref'." : status is null ? "The hook has no 'status'." : null;
        if (error is not null)
        {
            return null;
        }

        var separator = reference!.LastIndexOf(RefSeparator, StringComparison.Ordinal);
        var orderRef = separator > 0 ? reference[..separator] : reference;
        return new PartnerCallback($"{reference}:{status}", "nfe." + status, orderRef, reference);
    }
}
