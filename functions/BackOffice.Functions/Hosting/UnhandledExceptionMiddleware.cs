using BackOffice.Functions.Hosting.CustomHandler;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackOffice.Functions.Hosting;

/// <summary>
/// The last line: a failure is logged and answered with problem+json. HTTP callers get 503 and are asked to retry (what
/// fails here is a dependency, and the request stored nothing); the Functions host gets 500, which makes it retry the trigger.
/// </summary>
public sealed class UnhandledExceptionMiddleware(RequestDelegate next, ILogger<UnhandledExceptionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var endpoint = context.GetEndpoint()?.DisplayName ?? context.Request.Path.ToString();
            logger.LogError(exception, "{Endpoint} failed", endpoint);
            await ProblemFor(context, exception).ExecuteAsync(context);
        }
    }

    private static ProblemHttpResult ProblemFor(HttpContext context, Exception exception)
    {
        if (exception is BadHttpRequestException or InvalidInvocationException)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }

        if (context.Request.Path.StartsWithSegments($"/{FunctionEndpoints.RoutePrefix}"))
        {
            context.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(
                "A dependency failed; nothing was stored. Retry later.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Temporarily unavailable");
        }

        return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status500InternalServerError, title: exception.GetType().Name);
    }
}
