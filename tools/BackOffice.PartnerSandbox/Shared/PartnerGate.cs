using BackOffice.PartnerSandbox.Configuration;

namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// Runs in front of every partner endpoint: injects the configured latency and faults, then checks the partner's
/// credentials. A fault before the effect leaves nothing done; one after the effect (<c>afterEffect</c>) lets the
/// simulator act and then loses its answer.
/// </summary>
public sealed class PartnerGate(PartnerProfile profile, bool requireAuth) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        RequestTags.SetPartner(http, profile.Name);
        var decision = http.RequestServices.GetRequiredService<FaultBook>().Decide(profile.Name);
        try
        {
            if (decision.Latency > TimeSpan.Zero)
            {
                await Task.Delay(decision.Latency, http.RequestAborted);
            }

            if (decision.Kind != FaultKind.None && !decision.AfterEffect)
            {
                return await FailAsync(http, decision);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client gave up; nothing will read an answer.
            return Results.Empty;
        }

        if (requireAuth && !profile.IsAuthorized(http.Request))
        {
            return profile.Error(StatusCodes.Status401Unauthorized, "Unauthorized");
        }

        var answer = await next(context);
        if (decision.Kind == FaultKind.None)
        {
            return answer;
        }

        // The effect happened; the answer is lost, as when a partner acts and then fails or the network drops it.
        try
        {
            return await FailAsync(http, decision);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return Results.Empty;
        }
    }

    private async Task<object?> FailAsync(HttpContext http, FaultDecision decision)
    {
        var when = decision.AfterEffect ? "-after-effect" : "";
        if (decision.Kind == FaultKind.Error)
        {
            RequestTags.SetFault(http, "error" + when);
            return profile.Error(decision.ErrorStatus, "Sandbox: injected server error.");
        }

        RequestTags.SetFault(http, "timeout" + when);
        var hold = http.RequestServices.GetRequiredService<SandboxSettings>().FaultTimeout;
        await Task.Delay(hold, http.RequestAborted);
        return profile.Error(decision.ErrorStatus, "Sandbox: injected timeout.");
    }
}
