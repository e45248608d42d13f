using BackOffice.Application.Channels.Hub;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Webhooks;

public static class HubOrderWebhookFunction
{
    public static readonly FunctionDefinition Definition =
        new("HubOrderWebhook", new HttpTrigger(["post"], "webhooks/orders"), HandleAsync);

    private static async Task<IResult> HandleAsync(HttpRequest request, HubOrderWebhook webhook, CancellationToken cancellationToken)
    {
        var (body, problem) = await WebhookBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await webhook.ReceiveAsync(
            body, request.Headers["X-Hub-Signature-256"].FirstOrDefault(), request.Headers["X-Hub-Delivery"].FirstOrDefault(), cancellationToken);
        return WebhookResults.From(outcome);
    }
}
