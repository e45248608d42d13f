using System.Diagnostics;
using BackOffice.Application.Telemetry;
using BackOffice.Functions.Features.Webhooks;
using BackOffice.Functions.Hosting.Telemetry;
using BackOffice.Infrastructure;

namespace BackOffice.Functions.Hosting;

public static class FunctionEndpoints
{
    /// <summary>The host's default HTTP route prefix (host.json extensions.http.routePrefix).</summary>
    public const string RoutePrefix = "api";

    /// <summary>
    /// HTTP functions are served at the path the host forwards unchanged (<c>/api/{route}</c>); every other function at
    /// <c>POST /{FunctionName}</c>, where the host sends its invocation requests.
    /// </summary>
    public static void MapFunctions(this IEndpointRouteBuilder endpoints, IEnumerable<FunctionDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            var builder = definition.Trigger is HttpTrigger http
                ? endpoints.MapMethods($"/{RoutePrefix}/{http.Route}", [.. http.Methods.Select(method => method.ToUpperInvariant())], definition.Handler)
                : endpoints.MapPost($"/{definition.Name}", definition.Handler);
            var acknowledges = definition.Trigger is HttpTrigger { Route: var route } && (route.StartsWith("webhooks/", StringComparison.Ordinal) || route.StartsWith("callbacks/", StringComparison.Ordinal));
            builder.WithName(definition.Name).AddEndpointFilter(async (context, next) =>
            {
                using var scope = context.HttpContext.RequestServices.GetRequiredService<StorageOperationCounter>().BeginInvocation(definition.Name);
                using var orderScope = context.HttpContext.Request.RouteValues.TryGetValue("orderId", out var orderId) && orderId is string id
                    ? OrderScope.Begin(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(definition.Name), id)
                    : null;
                var started = Stopwatch.GetTimestamp();
                var result = await next(context);
                if (acknowledges)
                {
                    if (result is IValueHttpResult { Value: WebhookAccepted accepted })
                    {
                        // The webhook's span joins the order's story (the messages it sends carry this trace on).
                        Activity.Current?.SetTag(BackOfficeTelemetry.OrderIdTag, accepted.OrderId);
                    }

                    BackOfficeTelemetry.WebhookAckDuration.Record(
                        Stopwatch.GetElapsedTime(started).TotalSeconds,
                        new TagList { { "function", definition.Name }, { "status", (result as IStatusCodeHttpResult)?.StatusCode ?? context.HttpContext.Response.StatusCode } });
                }

                return result;
            });
        }
    }
}
