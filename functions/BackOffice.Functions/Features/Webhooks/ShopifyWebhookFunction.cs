using BackOffice.Channels.Shopify;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Webhooks;

/// <summary>
/// Shopify's order webhooks. The HMAC authenticates them; the function key in the registered URL (<c>?code=</c>) keeps
/// strangers from making the app hash their bodies at all.
/// </summary>
public static class ShopifyWebhookFunction
{
    public static readonly FunctionDefinition Definition =
        new("ShopifyWebhook", new HttpTrigger(["post"], "webhooks/shopify", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(HttpRequest request, ShopifyWebhook webhook, ShopifySignatureVerifier verifier, CancellationToken cancellationToken)
    {
        var (body, problem) = await WebhookBody.ReadAsync(
            request, cancellationToken, () => verifier.IsValid(request.Headers[ShopifyWebhookHeaders.HmacHeader].FirstOrDefault(), []));
        if (problem is not null)
        {
            return problem;
        }

        var headers = new ShopifyWebhookHeaders(
            request.Headers[ShopifyWebhookHeaders.HmacHeader].FirstOrDefault(),
            request.Headers[ShopifyWebhookHeaders.TopicHeader].FirstOrDefault(),
            request.Headers[ShopifyWebhookHeaders.WebhookIdHeader].FirstOrDefault(),
            request.Headers[ShopifyWebhookHeaders.EventIdHeader].FirstOrDefault());
        return WebhookResults.From(await webhook.ReceiveAsync(body, headers, cancellationToken));
    }
}
