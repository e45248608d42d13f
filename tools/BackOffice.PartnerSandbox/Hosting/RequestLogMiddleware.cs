using System.Diagnostics;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Hosting;

/// <summary>
/// One log line per request: method, path, status, time, partner, the outcome marker and any injected fault.
/// Bodies are never logged, so no e-mail or CPF reaches the log.
/// </summary>
public sealed class RequestLogMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    // A short category keeps the one-line log readable.
    private readonly ILogger _log = loggers.CreateLogger("request");

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            _log.LogInformation(
                "{Method} {Path}{Query} -> {Status} in {Elapsed:0}ms partner={Partner} marker={Marker} fault={Fault}",
                context.Request.Method,
                context.Request.Path.Value,
                context.Request.QueryString.Value,
                context.RequestAborted.IsCancellationRequested ? 499 : context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                RequestTags.Partner(context) ?? "-",
                RequestTags.Marker(context) ?? "-",
                RequestTags.Fault(context) ?? "-");
        }
    }
}
