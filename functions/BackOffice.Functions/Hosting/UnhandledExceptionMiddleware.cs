using BackOffice.Functions.Hosting.CustomHandler;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackOffice.Functions.Hosting;

/// <summary>
/// The last line: a failure is logged and answered with problem+json. HTTP callers get 503 and are asked to retry: what
/// fails here is a dependency, possibly after part of the request was stored (an order saved, its delivery not yet
/// recorded), and every intake completes such a request on a retry without doing anything twice. The Functions host
/// gets 500, which makes it retry the trigger.
/// </summary>
public sealed class UnhandledExceptionMiddleware(RequestDelegate next, ILogger<UnhandledExceptionMiddleware> logger)
{
    /// <summary>Says what is known: the request did not complete. Whether something was stored before the failure is not.</summary>
    public const string UnavailableDetail =
        "A dependency failed before the request completed; part of it may already be stored. Send the same request again: it completes without doing anything twice.";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var endpoint = context.GetEndpoint()?.DisplayName ?? context.Request.Path.ToString();
            if (exception is BadHttpRequestException bad)
            {
                // The client's fault (a body too large, unreadable or not JSON): a stack would say nothing about the app,
                // and hostile input would fill the error log.
                logger.LogWarning("{Endpoint} refused the request: {StatusCode} {Reason}", endpoint, bad.StatusCode, bad.Message);
            }
            else
            {
                logger.LogError(exception, "{Endpoint} failed", endpoint);
            }
            await ProblemFor(context, exception).ExecuteAsync(context);
        }
    }

    private static ProblemHttpResult ProblemFor(HttpContext context, Exception exception)
    {
        if (exception is BadHttpRequestException bad)
        {
            // Binding refused the request (400 a body it cannot read, 415 a body that is not JSON, 413 one too large).
            return TypedResults.Problem(exception.Message, statusCode: bad.StatusCode, title: bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "Unsupported media type" : "Bad request");
        }

        if (exception is InvalidInvocationException)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }

        if (context.Request.Path.StartsWithSegments($"/{FunctionEndpoints.RoutePrefix}"))
        {
            context.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(
                UnavailableDetail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Temporarily unavailable");
        }

        return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status500InternalServerError, title: exception.GetType().Name);
    }
}
