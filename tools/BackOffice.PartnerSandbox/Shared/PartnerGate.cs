using BackOffice.PartnerSandbox.Configuration;

namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// Runs in front of every partner endpoint: injects the configured latency and faults (before the simulator acts,
/// so a failed request has no effect), then checks the partner's credentials.
/// </summary>
public sealed class PartnerGate(PartnerProfile profile, bool requireAuth) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        RequestTags.SetPartner(http, profile.Name);
        var faults = http.RequestServices.GetRequiredService<FaultBook>();
        var decision = faults.Decide(profile.Name);
        try
        {
            if (decision.Latency > TimeSpan.Zero)
            {
                await Task.Delay(decision.Latency, http.RequestAborted);
            }

            switch (decision.Kind)
            {
                case FaultKind.Error:
                    RequestTags.SetFault(http, "error");
                    return profile.Error(decision.ErrorStatus, "Sandbox: injected server error.");
                case FaultKind.Timeout:
                    RequestTags.SetFault(http, "timeout");
                    var hold = http.RequestServices.GetRequiredService<SandboxSettings>().FaultTimeout;
                    await Task.Delay(hold, http.RequestAborted);
                    return profile.Error(decision.ErrorStatus, "Sandbox: injected timeout.");
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

        return await next(context);
    }
}
