using BackOffice.Channels.Vtex;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Features.Storefronts;

/// <summary>Every hour: VTEX's hook and feed still exist and point here, or are re-created (VTEX drops idle ones).</summary>
public static class VtexSubscriptionCheckFunction
{
    public static readonly FunctionDefinition Definition =
        new(VtexSubscriptionCheck.TimerName, new TimerTrigger("timer", "0 7 * * * *"), HandleAsync);

    private static async Task<IResult> HandleAsync(InvocationRequest request, VtexSubscriptionCheck check, CancellationToken cancellationToken)
    {
        var report = await check.RunAsync(cancellationToken);
        return TypedResults.Ok(InvocationResponse.Completed(report is null ? "VTEX subscription check skipped: no Vtex__HookUrl" : $"VTEX subscriptions: {report}"));
    }
}
