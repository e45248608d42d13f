using BackOffice.Application.Health;
using Microsoft.Extensions.Options;

namespace BackOffice.Functions.Hosting;

/// <summary>
/// What the handler serves when its settings are incomplete: every request is answered 503 with the problem named,
/// and GET /api/health says so in the health report's shape. Exiting instead would make the host restart the handler
/// until, after three failures in 30 minutes, the host itself goes down (HttpFunctionInvocationDispatcher), which tells
/// an operator nothing; a trigger's message answered 503 is retried and finally parked where a person sees it.
/// </summary>
public static class MisconfiguredApp
{
    public const string Dependency = "configuration";

    /// <summary>A setting missing or invalid: what <see cref="FunctionApp"/> reports while it is being built or started.</summary>
    public static bool IsConfigurationProblem(Exception exception) =>
        exception is OptionsValidationException or MissingSettingException;

    public static WebApplication Build(string[] args, string problem)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        FunctionApp.ListenWhereTheHostSays(builder);
        var app = builder.Build();
        app.Logger.LogCritical("The function app cannot serve until its settings are fixed: {Problem}", problem);
        var report = new HealthReport(HealthCheck.Unhealthy, new Dictionary<string, DependencyState> { [Dependency] = new(HealthCheck.Unhealthy, 0, problem) });
        app.MapGet($"/{FunctionEndpoints.RoutePrefix}/health", () => TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapFallback(context =>
        {
            context.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The function app is misconfigured").ExecuteAsync(context);
        });
        return app;
    }
}
