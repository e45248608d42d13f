using System.Diagnostics;
using System.Net.Mime;
using System.Text;
using System.Text.Json.Nodes;
using Azure;
using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Invocation;

/// <summary>Invokes a non-HTTP function on the custom handler the way the real host does.</summary>
public sealed class FunctionInvoker
{
    private readonly HttpClient _handlerClient;
    private readonly TimeSpan? _functionTimeout;
    private readonly IQueueOutputWriter _outputWriter;
    private readonly ILogger<FunctionInvoker> _logger;

    /// <param name="handlerClient">Its BaseAddress is the handler; its own Timeout must be infinite.</param>
    public FunctionInvoker(HttpClient handlerClient, TimeSpan? functionTimeout, IQueueOutputWriter outputWriter, ILogger<FunctionInvoker> logger)
    {
        _handlerClient = handlerClient;
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
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_functionTimeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        InvocationResponse? response = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Uri.EscapeDataString(function.Name))
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, MediaTypeNames.Application.Json),
            };
            using var answer = await _handlerClient.SendAsync(request, timeout.Token);
            var text = await answer.Content.ReadAsStringAsync(timeout.Token);
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
            return InvocationResult.Failure(invocationId, $"timed out after functionTimeout {_functionTimeout}", response, stopwatch.Elapsed);
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
