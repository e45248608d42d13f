using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackOffice.Functions.Hosting;

/// <summary>
/// Ends every request before the host's functionTimeout does. Past functionTimeout the host fails the invocation and,
/// after a 2 s grace, kills and restarts the whole handler, failing every other call in flight with it
/// (azure-functions-host, src/WebJobs.Script.WebHost/WebScriptHostExceptionHandler.cs, OnTimeoutExceptionAsync;
/// HttpFunctionInvocationDispatcher.RestartWorkerWithInvocationIdAsync). Cancelling our own work a minute earlier
/// fails only the slow call, which its trigger retries.
/// </summary>
public sealed class InvocationBudget(RequestDelegate next, TimeSpan budget)
{
    /// <summary>What the host allows when host.json sets no functionTimeout (Consumption and Flex plans: 5 minutes).</summary>
    public static readonly TimeSpan DefaultFunctionTimeout = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public async Task InvokeAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        using var limited = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        limited.CancelAfter(budget);
        context.RequestAborted = limited.Token;
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (limited.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            throw new TimeoutException($"The invocation ran out of its {budget.TotalSeconds:0} s budget (host.json functionTimeout less {Margin.TotalSeconds:0} s).");
        }
        finally
        {
            // The outer middleware must see the caller's token, not the budget's.
            context.RequestAborted = aborted;
        }
    }

    /// <summary>functionTimeout less a minute, from the host.json beside the handler (the script root).</summary>
    public static TimeSpan For(string scriptRoot)
    {
        var path = Path.Combine(scriptRoot, "host.json");
        var timeout = File.Exists(path) ? FunctionTimeoutOf(File.ReadAllText(path)) : DefaultFunctionTimeout;
        return timeout > Margin * 2 ? timeout - Margin : timeout / 2;
    }

    public static TimeSpan FunctionTimeoutOf(string hostJson)
    {
        try
        {
            return JsonNode.Parse(hostJson)?["functionTimeout"]?.GetValue<string>() is { } text
                && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var timeout) && timeout > TimeSpan.Zero
                ? timeout
                : DefaultFunctionTimeout;
        }
        catch (JsonException)
        {
            return DefaultFunctionTimeout;
        }
    }
}
