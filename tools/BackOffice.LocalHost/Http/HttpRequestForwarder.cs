using System.Text.Json;
using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Handler;
using Microsoft.AspNetCore.WebUtilities;

namespace BackOffice.LocalHost.Http;

/// <summary>
/// Hands a matching HTTP request to the handler as the real host does (azure-functions-host,
/// src/WebJobs.Script/Workers/Http/DefaultHttpWorkerService.cs) and its answer back unchanged.
/// enableProxyingHttpRequest (ProxyInvocationRequest, YARP): the request as it came, body streamed whatever its
/// framing, plus the host's X-Azure-Functions-HostVersion and X-Azure-Functions-InvocationId.
/// enableForwardingHttpRequest (ProcessHttpInAndOutInvocationRequest, HttpRequestExtensions.ToHttpRequestMessage): a
/// rebuilt request whose body and Content-Type are copied only when Content-Length is set and above zero, so a chunked
/// body arrives empty.
/// </summary>
public sealed class HttpRequestForwarder
{
    /// <summary>What the host sends as its version; ours says which host it is.</summary>
    public const string HostVersion = "4.0.0-backoffice-localhost";

    // Connection-level headers belong to each hop, not to the forwarded message.
    private static readonly HashSet<string> HopByHopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Host",
    };

    private readonly HttpClient _client;
    private readonly IHandlerConnection _handler;
    private readonly HttpRouteTable _routes;
    private readonly HttpForwardingMode _mode;
    private readonly TimeSpan? _functionTimeout;
    private readonly ILogger<HttpRequestForwarder> _logger;

    /// <param name="client">It must not follow redirects, decompress or keep cookies; its own Timeout must be infinite.</param>
    public HttpRequestForwarder(HttpClient client, IHandlerConnection handler, HttpRouteTable routes, HttpForwardingMode mode, TimeSpan? functionTimeout, ILogger<HttpRequestForwarder> logger)
    {
        _client = client;
        _handler = handler;
        _routes = routes;
        _mode = mode;
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
            timeout.CancelAfter(limit + FunctionTimeouts.GracePeriod);
        }

        string outcome;
        try
        {
            var address = await _handler.GetReadyAddressAsync(timeout.Token);
            using var request = _mode == HttpForwardingMode.Proxy
                ? CreateProxiedRequest(context, address, invocationId)
                : CreateForwardedRequest(context.Request, address, invocationId);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
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
            _handler.RestartAfterTimeout($"'{function.Name}' invocation {invocationId}");
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

    /// <summary>YARP's forwarding: path and query as received, every end-to-end header, the body whatever its framing.</summary>
    public static HttpRequestMessage CreateProxiedRequest(HttpContext context, Uri handler, Guid invocationId)
    {
        var source = context.Request;
        var target = new HttpRequestMessage(new HttpMethod(source.Method), new Uri(handler, ProxiedPath.Encode(source.Path) + source.QueryString.ToUriComponent()));
        if (source.ContentLength > 0 || source.Headers.TransferEncoding.Count > 0)
        {
            target.Content = new StreamContent(source.Body);
        }

        foreach (var (name, values) in source.Headers)
        {
            if (!HopByHopHeaders.Contains(name) && !target.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                // YARP gives a body-less request an empty content to carry its content headers (RequestUtilities.AddHeader),
                // so an empty POST keeps its Content-Type.
                target.Content ??= new ByteArrayContent([]);
                target.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        // DefaultHttpWorkerService.AddProxyingHeaders and DefaultHttpProxyService.StartForwarding override these.
        Set(target, "X-Azure-Functions-HostVersion", HostVersion);
        Set(target, "X-Azure-Functions-InvocationId", invocationId.ToString());
        Set(target, "x-ms-invocation-id", invocationId.ToString());

        // YARP's default transform.
        Set(target, "X-Forwarded-For", context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1");
        Set(target, "X-Forwarded-Proto", source.Scheme);
        Set(target, "X-Forwarded-Host", source.Host.Value ?? string.Empty);
        return target;
    }

    /// <summary>HttpRequestExtensions.ToHttpRequestMessage and DefaultHttpWorkerService.AddHeaders, step by step.</summary>
    public static HttpRequestMessage CreateForwardedRequest(HttpRequest source, Uri handler, Guid invocationId)
    {
        var query = source.Query.ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString());
        var target = new HttpRequestMessage(new HttpMethod(source.Method), QueryHelpers.AddQueryString(new Uri(handler, source.Path.ToUriComponent()).ToString(), query));
        foreach (var (name, values) in source.Headers)
        {
            // Content headers do not fit a request's headers and are dropped here, as in the host.
            if (!HopByHopHeaders.Contains(name))
            {
                target.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        if (source.ContentLength is > 0)
        {
            target.Content = new StreamContent(source.Body);
            target.Content.Headers.ContentLength = source.ContentLength;
            if (!string.IsNullOrEmpty(source.ContentType))
            {
                target.Content.Headers.TryAddWithoutValidation("Content-Type", source.ContentType);
            }
        }

        target.Headers.Add("X-Azure-Functions-HostVersion", HostVersion);
        target.Headers.Add("X-Azure-Functions-InvocationId", invocationId.ToString());
        target.Headers.UserAgent.ParseAdd($"Azure-Functions-Host/{HostVersion}");
        return target;
    }

    private static void Set(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
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
