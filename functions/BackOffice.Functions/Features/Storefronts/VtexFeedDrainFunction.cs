using BackOffice.Channels.Vtex;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Features.Storefronts;

/// <summary>Every minute: whatever the VTEX hook missed is taken from the feed, so no VTEX order is lost.</summary>
public static class VtexFeedDrainFunction
{
    public static readonly FunctionDefinition Definition =
        new(VtexFeedDrain.TimerName, new TimerTrigger("timer", "0 * * * * *"), HandleAsync);

    private static async Task<IResult> HandleAsync(InvocationRequest request, VtexFeedDrain drain, CancellationToken cancellationToken)
    {
        var report = await drain.DrainAsync(cancellationToken);
        return TypedResults.Ok(InvocationResponse.Completed($"VTEX feed drain: {report}"));
    }
}
