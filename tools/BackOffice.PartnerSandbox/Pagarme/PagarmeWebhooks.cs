using System.Text;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Pagarme;

/// <summary>
/// Pagar.me webhooks: <c>{ id: "hook_…", account, type, created_at, data }</c>, authenticated with the HTTP Basic
/// credentials configured on the webhook (Pagar.me has no body signature).
/// </summary>
public sealed class PagarmeWebhooks(HubCallbackSender sender, SandboxSettings settings, TimeProvider clock)
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
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.PagarmeWebhookUser}:{settings.PagarmeWebhookPassword}"));
        sender.Send(
            PartnerNames.Pagarme,
            body.ToJsonString(),
            new Dictionary<string, string> { ["Authorization"] = "Basic " + credentials },
            delay,
            type);
    }
}
