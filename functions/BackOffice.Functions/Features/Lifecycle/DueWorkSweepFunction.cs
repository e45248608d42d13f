using BackOffice.Application.Processing;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Features.Lifecycle;

public static class DueWorkSweepFunction
{
    public static readonly FunctionDefinition Definition =
        new("DueWorkSweep", new TimerTrigger("timer", "%Lifecycle__SweepSchedule%"), HandleAsync);

    private static async Task<IResult> HandleAsync(InvocationRequest request, DueWorkSweeper sweeper, CancellationToken cancellationToken)
    {
        var report = await sweeper.SweepAsync(cancellationToken);
        return TypedResults.Ok(InvocationResponse.Completed($"Due-work sweep: {report}"));
    }
}
