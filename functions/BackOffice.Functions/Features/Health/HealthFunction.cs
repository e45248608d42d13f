using BackOffice.Application.Health;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Health;

public static class HealthFunction
{
    public static readonly FunctionDefinition Definition = new("Health", new HttpTrigger(["get"], "health"), HandleAsync);

    private static async Task<IResult> HandleAsync(HealthCheck healthCheck, CancellationToken cancellationToken)
    {
        var report = await healthCheck.CheckAsync(cancellationToken);
        return TypedResults.Json(report, statusCode: report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
