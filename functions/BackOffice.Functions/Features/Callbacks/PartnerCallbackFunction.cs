using BackOffice.Application.Callbacks;
using BackOffice.Functions.Features.Webhooks;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Callbacks;

public static class PartnerCallbackFunction
{
    public static readonly FunctionDefinition Definition =
        new("PartnerCallback", new HttpTrigger(["post"], "callbacks/{partner}"), HandleAsync);

    private static async Task<IResult> HandleAsync(string partner, HttpRequest request, PartnerCallbackIntake intake, CancellationToken cancellationToken)
    {
        var (body, problem) = await WebhookBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await intake.ReceiveAsync(
            partner, name => request.Headers.TryGetValue(name, out var values) ? values.ToString() : null, body, cancellationToken);
        return WebhookResults.From(outcome);
    }
}
