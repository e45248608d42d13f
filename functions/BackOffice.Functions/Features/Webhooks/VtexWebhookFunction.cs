using BackOffice.Channels.Vtex;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Webhooks;

/// <summary>
/// VTEX's order hook. The configured secret header authenticates it; the function key in the hook's URL (<c>?code=</c>)
/// is a second gate, since VTEX signs nothing.
/// </summary>
public static class VtexWebhookFunction
{
    public static readonly FunctionDefinition Definition =
        new("VtexWebhook", new HttpTrigger(["post"], "webhooks/vtex", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(HttpRequest request, VtexOrderHook hook, VtexHookVerifier verifier, CancellationToken cancellationToken)
    {
        var secret = request.Headers[verifier.HeaderName].FirstOrDefault();
        var (body, problem) = await WebhookBody.ReadAsync(request, cancellationToken, () => verifier.HasSecret(secret));
        if (problem is not null)
        {
            return problem;
        }

        return WebhookResults.From(await hook.ReceiveAsync(body, secret, cancellationToken));
    }
}
