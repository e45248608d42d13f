using BackOffice.Application.Intake;

namespace BackOffice.Channels.Vtex;

/// <summary>
/// Receives VTEX's order hook: a ping is answered at once (VTEX refuses to save a hook whose ping fails, and a ping
/// changes nothing); a notification must carry the secret header and come from our account and app key.
/// </summary>
public sealed class VtexOrderHook(VtexHookVerifier verifier, VtexOrderIngestion ingestion)
{
    public async Task<WebhookOutcome> ReceiveAsync(ReadOnlyMemory<byte> body, string? secretHeader, CancellationToken cancellationToken)
    {
        if (!JsonPayload.TryParse(body, out var malformed))
        {
            return verifier.HasSecret(secretHeader)
                ? new WebhookOutcome.Rejected(WebhookRejection.Malformed, malformed)
                : Unauthorized(secretHeader);
        }

        var errors = new ValidationErrors();
        var hook = VtexHookPayload.Parse(body, errors);
        if (hook is { IsPing: true })
        {
            return new WebhookOutcome.Ping();
        }

        if (!verifier.HasSecret(secretHeader))
        {
            return Unauthorized(secretHeader);
        }

        if (hook is null)
        {
            return new WebhookOutcome.Rejected(WebhookRejection.InvalidOrder, "The body is well-formed JSON but not a VTEX order hook notification.", errors.ToDictionary());
        }

        if (verifier.OriginProblem(hook.Origin) is { } problem)
        {
            return new WebhookOutcome.Rejected(WebhookRejection.Unauthorized, problem);
        }

        return await ingestion.IngestAsync(new VtexNotification(hook.OrderId!, hook.State!, hook.LastChange!.Value, body), cancellationToken);
    }

    private WebhookOutcome.Rejected Unauthorized(string? secretHeader) => new(
        WebhookRejection.Unauthorized,
        secretHeader is null ? $"The {verifier.HeaderName} header is missing." : $"The {verifier.HeaderName} header is wrong.");
}
