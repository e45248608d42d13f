using System.Security.Cryptography;
using System.Text;

namespace BackOffice.TestSupport;

/// <summary>A realistic callback of each partner for an order, and the headers that partner authenticates it with.</summary>
public static class PartnerCallbackSamples
{
    public static readonly IReadOnlyList<string> Partners = ["pagarme", "clearsale", "focusnfe", "melhorenvio"];

    public static string Body(string partner, string orderId) => partner switch
    {
        "pagarme" => $$$$"""{"id":"hook_{{{{Guid.NewGuid():N}}}}","account":{"id":"acc_1"},"type":"charge.paid","created_at":"2026-11-23T12:00:00Z","data":{"id":"ch_1","status":"paid","order":{"id":"or_1","code":"{{{{orderId}}}}"}}}""",
        "clearsale" => $$"""{"code":"{{orderId}}","date":"{{DateTimeOffset.UtcNow:O}}","type":"status"}""",
        "focusnfe" => $$"""{"ref":"{{orderId}}-nfe-1","status":"autorizado","chave_nfe":"NFe35261100000000000000550010000000011000000011"}""",
        "melhorenvio" => $$$"""{"event":"order.posted","data":{"id":"lbl_{{{Guid.NewGuid():N}}}","status":"posted","tracking":"BR123","posted_at":"2026-11-23T12:00:00Z","tags":[{"tag":"{{{orderId}}}","url":null}]}}""",
        _ => throw new ArgumentOutOfRangeException(nameof(partner)),
    };

    /// <param name="secret">
    /// ClearSale's token, Focus NFe's hook authorization or Melhor Envio's HMAC key; for Pagar.me, the whole
    /// <c>X-Webhook-Asymmetric-Signature</c> value (see <see cref="TestWebhookKey"/>).
    /// </param>
    public static IReadOnlyDictionary<string, string> Headers(string partner, string body, string secret) => partner switch
    {
        "pagarme" => new Dictionary<string, string> { ["X-Webhook-Asymmetric-Signature"] = secret },
        "clearsale" => new Dictionary<string, string> { ["X-ClearSale-Token"] = secret },
        "focusnfe" => new Dictionary<string, string> { ["Authorization"] = secret },
        "melhorenvio" => new Dictionary<string, string>
        {
            ["X-ME-Signature"] = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body))),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(partner)),
    };
}
