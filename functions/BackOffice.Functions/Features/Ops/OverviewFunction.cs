using BackOffice.Application.Ops.Overview;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

/// <summary><c>GET /api/ops/overview</c>: counts per status, stuck orders (oldest first), orders that need attention.</summary>
public static class OverviewFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsOverview", new HttpTrigger(["get"], "ops/overview", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(OrderOverview overview, CancellationToken cancellationToken) =>
        TypedResults.Ok(await overview.GetAsync(cancellationToken));
}
