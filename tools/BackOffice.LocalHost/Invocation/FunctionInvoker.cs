using System.Diagnostics;
using System.Net.Mime;
using System.Text;
using System.Text.Json.Nodes;
using Azure;
using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Handler;

namespace BackOffice.LocalHost.Invocation;

/// <summary>Invokes a non-HTTP function on the custom handler the way the real host does.</summary>
public sealed class FunctionInvoker
{
    private readonly HttpClient _client;
    private readonly IHandlerConnection _handler;
    private readonly TimeSpan? _functionTimeout;
    private readonly IQueueOutputWriter _outputWriter;
    private readonly ILogger<FunctionInvoker> _logger;

    /// <param name="client">Its own Timeout must be infinite.</param>
    public FunctionInvoker(HttpClient client, IHandlerConnection handler, TimeSpan? functionTimeout, IQueueOutputWriter outputWriter, ILogger<FunctionInvoker> logger)
    {
        _client = client;
        _handler = handler;
        _functionTimeout = functionTimeout;
        _outputWriter = outputWriter;
        _logger = logger;
    }

    /// <exception cref="OperationCanceledException">The host is shutting down.</exception>
    public async Task<InvocationResult> InvokeAsync(FunctionDefinition function, JsonObject data, JsonObject metadata, CancellationToken cancellationToken)
    {
        var invocationId = Guid.NewGuid();
        var stopwatch = Stopwatch.StartNew();
        var result = await InvokeCoreAsync(function, invocationId, InvocationRequest.CreateBody(data, metadata), stopwatch, cancellationToken);
        _logger.LogInformation(
            "Executed '{Function}' (trigger {Trigger}, id {InvocationId}): {Outcome} in {DurationMs} ms{Reason}",
            function.Name,
            function.Trigger.Type,
            invocationId,
            result.Succeeded ? "Succeeded" : "Failed",
            (long)result.Duration.TotalMilliseconds,
            result.Error is null ? string.Empty : " - " + result.Error);
        return result;
    }

    private async Task<InvocationResult> InvokeCoreAsync(FunctionDefinition function, Guid invocationId, JsonObject body, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        // Past functionTimeout the invocation has failed; past the grace as well, the host restarts the handler.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_functionTimeout is { } limit)
        {
            timeout.CancelAfter(limit + FunctionTimeouts.GracePeriod);
        }

        InvocationResponse? response = null;
        try
        {
            var address = await _handler.GetReadyAddressAsync(timeout.Token);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, Uri.EscapeDataString(function.Name)))
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, MediaTypeNames.Application.Json),
            };
            request.Headers.Add("X-Azure-Functions-HostVersion", Http.HttpRequestForwarder.HostVersion);
            request.Headers.Add("X-Azure-Functions-InvocationId", invocationId.ToString());
            request.Headers.UserAgent.ParseAdd($"Azure-Functions-Host/{Http.HttpRequestForwarder.HostVersion}");
            using var answer = await _client.SendAsync(request, timeout.Token);
            var text = await answer.Content.ReadAsStringAsync(timeout.Token);
            if (_functionTimeout is { } allowed && stopwatch.Elapsed > allowed)
            {
                return InvocationResult.Failure(invocationId, $"timed out after functionTimeout {_functionTimeout}", null, stopwatch.Elapsed);
            }

            if (!answer.IsSuccessStatusCode)
            {
                return InvocationResult.Failure(invocationId, $"handler answered {(int)answer.StatusCode} {Truncate(text)}", null, stopwatch.Elapsed);
            }

            response = InvocationResponse.Parse(text);
            LogHandlerLogs(function, response);
            await _outputWriter.WriteAsync(function, response.Outputs, timeout.Token);
            return InvocationResult.Success(invocationId, response, stopwatch.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _handler.RestartAfterTimeout($"'{function.Name}' invocation {invocationId}");
            return InvocationResult.Failure(invocationId, $"timed out after functionTimeout {_functionTimeout}; the handler is restarted", response, stopwatch.Elapsed);
        }
        catch (HttpRequestException ex)
        {
            return InvocationResult.Failure(invocationId, $"handler request failed: {ex.Message}", response, stopwatch.Elapsed);
        }
        catch (FormatException ex)
        {
            return InvocationResult.Failure(invocationId, ex.Message, response, stopwatch.Elapsed);
        }
        catch (RequestFailedException ex)
        {
            return InvocationResult.Failure(invocationId, $"writing queue outputs failed: {ex.Message}", response, stopwatch.Elapsed);
        }
    }

    private void LogHandlerLogs(FunctionDefinition function, InvocationResponse response)
    {
        foreach (var entry in response.Logs)
        {
            _logger.LogInformation("[{Function}] {HandlerLog}", function.Name, entry);
        }
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "...";
}
