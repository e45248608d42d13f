using BackOffice.Application.Messaging;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Features.Outbox;

public static class OutboxSweepFunction
{
    public static readonly FunctionDefinition Definition =
        new("OutboxSweep", new TimerTrigger("timer", "*/30 * * * * *"), HandleAsync);

    private static async Task<IResult> HandleAsync(InvocationRequest request, OutboxSweeper sweeper, CancellationToken cancellationToken)
    {
        var timer = TimerInvocation.From(request, "timer");
        var swept = await sweeper.SweepAsync(cancellationToken);
        return TypedResults.Ok(InvocationResponse.Completed($"Outbox sweep{(timer.IsPastDue ? " (past due)" : "")}: {swept} orders re-sent"));
    }
}
