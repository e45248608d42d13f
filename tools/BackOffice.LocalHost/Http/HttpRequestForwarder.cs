using System.Text.Json;

namespace BackOffice.LocalHost.Http;

/// <summary>
/// enableForwardingHttpRequest: passes a matching request to the handler unchanged and its answer back unchanged.
/// </summary>
public sealed class HttpRequestForwarder
{
    // Connection-level headers belong to each hop, not to the forwarded message.
    private static readonly HashSet<string> HopByHopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Host",
    };

    private readonly HttpClient _handlerClient;
    private readonly HttpRouteTable _routes;
    private readonly TimeSpan? _functionTimeout;
    private readonly ILogger<HttpRequestForwarder> _logger;

    /// <param name="handlerClient">Its BaseAddress is the handler; it must not follow redirects, decompress or keep cookies.</param>
    public HttpRequestForwarder(HttpClient handlerClient, HttpRouteTable routes, TimeSpan? functionTimeout, ILogger<HttpRequestForwarder> logger)
    {
        _handlerClient = handlerClient;
        _routes = routes;
        _functionTimeout = functionTimeout;
        _logger = logger;
    }

    public static HttpMessageHandler CreateTransport() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
    };

    public async Task HandleAsync(HttpContext context)
    {
        var function = _routes.Match(context.Request.Method, context.Request.Path);
        if (function is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var invocationId = Guid.NewGuid();
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        if (_functionTimeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        string outcome;
        try
        {
            using var request = CreateRequest(context.Request);
            using var response = await _handlerClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            await CopyResponseAsync(response, context.Response, timeout.Token);
            outcome = $"Succeeded ({(int)response.StatusCode})";
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            outcome = "Cancelled (client disconnected)";
        }
        catch (OperationCanceledException)
        {
            outcome = $"Failed - timed out after functionTimeout {_functionTimeout}";
            await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "Function timed out.");
        }
        catch (HttpRequestException ex)
        {
            outcome = $"Failed - handler request failed: {ex.Message}";
            await WriteErrorAsync(context, StatusCodes.Status502BadGateway, "The custom handler could not be reached.");
        }

        _logger.LogInformation(
            "Executed '{Function}' (trigger httpTrigger, id {InvocationId}): {Outcome} in {DurationMs} ms",
            function.Name,
            invocationId,
            outcome,
            started.ElapsedMilliseconds);
    }

    private static HttpRequestMessage CreateRequest(HttpRequest source)
    {
        var target = new HttpRequestMessage(new HttpMethod(source.Method), source.Path.ToUriComponent().TrimStart('/') + source.QueryString.ToUriComponent());
        var hasBody = source.ContentLength > 0 || source.Headers.TransferEncoding.Count > 0;
        if (hasBody)
        {
            target.Content = new StreamContent(source.Body);
        }

        foreach (var (name, values) in source.Headers)
        {
            if (HopByHopHeaders.Contains(name))
            {
                continue;
            }

            if (!target.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                target.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        return target;
    }

    private static async Task CopyResponseAsync(HttpResponseMessage source, HttpResponse target, CancellationToken cancellationToken)
    {
        target.StatusCode = (int)source.StatusCode;
        foreach (var (name, values) in source.Headers.Concat(source.Content.Headers))
        {
            if (!HopByHopHeaders.Contains(name))
            {
                target.Headers.Append(name, values.ToArray());
            }
        }

        await source.Content.CopyToAsync(target.Body, cancellationToken);
    }

    private static async Task WriteErrorAsync(HttpContext context, int status, string error)
    {
        if (context.Response.HasStarted)
        {
            // Headers are already on the wire; the only honest signal left is to cut the connection.
            context.Abort();
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { error }));
    }
}
