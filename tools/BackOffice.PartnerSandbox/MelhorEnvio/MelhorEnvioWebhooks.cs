using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.MelhorEnvio;

/// <summary>Melhor Envio webhooks: <c>{ event, data }</c> signed with <c>X-ME-Signature</c> = base64(HMAC-SHA256(body, secret)).</summary>
public sealed class MelhorEnvioWebhooks(HubCallbackSender sender, SandboxSettings settings)
{
    public const string SignatureHeader = "X-ME-Signature";

    public void Send(string eventName, JsonObject data)
    {
        var body = new JsonObject { ["event"] = eventName, ["data"] = data }.ToJsonString();
        sender.Send(
            PartnerNames.MelhorEnvio,
            body,
            new Dictionary<string, string> { [SignatureHeader] = Sign(body, settings.MelhorEnvioWebhookSecret) },
            TimeSpan.Zero,
            $"{eventName} {data["id"]}");
    }

    public static string Sign(string body, string secret)
        => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
