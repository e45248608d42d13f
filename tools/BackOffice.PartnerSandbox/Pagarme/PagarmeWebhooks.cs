using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Pagarme;

/// <summary>
/// Pagar.me webhooks: <c>{ id: "hook_…", account, type, created_at, data }</c>, signed with
/// <c>X-Webhook-Asymmetric-Signature</c> (RS256 over the raw body) by <see cref="PagarmeSigningKey"/>.
/// </summary>
public sealed class PagarmeWebhooks(HubCallbackSender sender, PagarmeSigningKey key, TimeProvider clock)
{
    public const string AccountId = "acc_sandbox00000000";

    public void Send(string type, JsonObject data, TimeSpan delay)
    {
        var body = new JsonObject
        {
            ["id"] = SandboxIds.Random("hook_"),
            ["account"] = new JsonObject { ["id"] = AccountId, ["name"] = "BackOffice Sandbox" },
            ["type"] = type,
            ["created_at"] = Timestamps.Iso(clock.GetUtcNow()),
            ["data"] = data,
        };
        var text = body.ToJsonString();
        sender.Send(PartnerNames.Pagarme, text, new Dictionary<string, string> { [PagarmeSigningKey.HeaderName] = key.SignatureHeader(text) }, delay, type);
    }
}
