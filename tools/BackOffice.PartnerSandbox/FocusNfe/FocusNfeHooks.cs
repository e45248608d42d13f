using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.FocusNfe;

/// <summary>
/// Focus NFe "gatilhos": the body is the <c>GET v2/nfe/{ref}</c> answer and the only proof of origin is the
/// secret configured on the hook, echoed in its <c>authorization_header</c> (no HMAC).
/// </summary>
public sealed class FocusNfeHooks(HubCallbackSender sender, SandboxSettings settings)
{
    public void Send(JsonObject invoice, string what)
        => sender.Send(
            PartnerNames.FocusNfe,
            invoice.ToJsonString(),
            new Dictionary<string, string> { [settings.FocusNfeHookAuthorizationHeader] = settings.FocusNfeHookAuthorization },
            TimeSpan.Zero,
            what);
}
