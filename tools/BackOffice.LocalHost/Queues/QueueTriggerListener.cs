using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Hosting;
using BackOffice.LocalHost.Invocation;

namespace BackOffice.LocalHost.Queues;

/// <summary>Polls a storage queue and invokes a queueTrigger function per message with the real host's policy.</summary>
public sealed class QueueTriggerListener : ITriggerListener
{
    // Azure Storage caps a message's visibility timeout at seven days.
    private static readonly TimeSpan MaximumLease = TimeSpan.FromDays(7);

    private readonly QueueTriggerBinding _trigger;
    private readonly QueueSettings _settings;
    private readonly TimeSpan _lease;
    private readonly IQueueClientProvider _queues;
    private readonly QueueMessageCodec _codec;
    private readonly DeliveryPolicy _policy;
    private readonly FunctionInvoker _invoker;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public QueueTriggerListener(
        FunctionDefinition function,
        HostConfiguration host,
        IQueueClientProvider queues,
        FunctionInvoker invoker,
        TimeProvider time,
        ILogger<QueueTriggerListener> logger)
    {
        Function = function;
        _trigger = (QueueTriggerBinding)function.Trigger;
        _settings = host.Queues;
        _lease = LeaseFor(host.FunctionTimeout);
        _queues = queues;
        _codec = new QueueMessageCodec(host.Queues.MessageEncoding);
        _policy = new DeliveryPolicy(host.Queues.MaxDequeueCount);
        _invoker = invoker;
        _time = time;
        _logger = logger;
    }

    public FunctionDefinition Function { get; }

    /// <summary>
    /// How long a received message stays invisible while it is processed: longer than any invocation may run,
    /// so another poll cannot hand it out twice (the real host renews a 10 minute lease instead).
    /// </summary>
    public static TimeSpan LeaseFor(TimeSpan? functionTimeout)
    {
        if (functionTimeout is not { } timeout)
        {
            return TimeSpan.FromMinutes(10);
        }

        var lease = timeout + TimeSpan.FromSeconds(30);
        return lease > MaximumLease ? MaximumLease : lease;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = new PollingBackoff(_settings.MaxPollingInterval);
        var inFlight = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (inFlight.Count > 0 && inFlight.Count >= _settings.NewBatchThreshold)
                {
                    await Task.WhenAny(inFlight);
                    inFlight.RemoveAll(task => task.IsCompleted);
                    continue;
                }

                var messages = await ReceiveAsync(cancellationToken);
                if (messages is null || messages.Length == 0)
                {
                    await Task.Delay(backoff.NextEmptyDelay(), _time, cancellationToken);
                    continue;
                }

                backoff.Reset();
                inFlight.RemoveAll(task => task.IsCompleted);
                inFlight.AddRange(messages.Select(message => ProcessAsync(message, cancellationToken)));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: in-flight messages are left to reappear after their lease, as with the real host.
        }

        await Task.WhenAll(inFlight);
    }

    public async Task InvokeFromAdminAsync(string? input, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var message = new QueueMessageInfo(Guid.NewGuid().ToString(), string.Empty, 1, now, now.AddDays(7), now + _lease);
        var text = input ?? string.Empty;
        await _invoker.InvokeAsync(Function, CreateData(text), CreateMetadata(text, message, now), cancellationToken);
    }

    /// <returns>Null when storage could not be reached; the error is logged and the caller backs off.</returns>
    private async Task<QueueMessage[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            var queue = await _queues.GetQueueAsync(_trigger.ConnectionString, _trigger.QueueName, cancellationToken);
            return (await queue.ReceiveMessagesAsync(_settings.BatchSize, _lease, cancellationToken)).Value;
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            // AggregateException: the storage client's wrapper for connection failures after its own retries.
            _logger.LogError(ex, "Function '{Function}': polling queue '{Queue}' failed.", Function.Name, _trigger.QueueName);
            return null;
        }
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var queue = await _queues.GetQueueAsync(_trigger.ConnectionString, _trigger.QueueName, cancellationToken);
            if (_policy.ShouldSkipToPoison(message.DequeueCount))
            {
                await MoveToPoisonAsync(queue, message, cancellationToken);
                return;
            }

            if (await InvokeAsync(message, cancellationToken))
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                return;
            }

            if (_policy.OnFailure(message.DequeueCount) == FailureDisposition.MoveToPoison)
            {
                await MoveToPoisonAsync(queue, message, cancellationToken);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, messageText: null, _settings.VisibilityTimeout, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the message reappears after its lease.
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            // Processing tasks are never awaited individually, so a storage failure must be reported here.
            _logger.LogError(ex, "Function '{Function}': settling message {MessageId} on queue '{Queue}' failed; it reappears after its lease.", Function.Name, message.MessageId, _trigger.QueueName);
        }
    }

    private async Task<bool> InvokeAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = _codec.Decode(message.MessageText);
        }
        catch (FormatException ex)
        {
            _logger.LogError("Function '{Function}': message {MessageId} is not valid base64 ({Error}); counting it as a failed invocation.", Function.Name, message.MessageId, ex.Message);
            return false;
        }

        var result = await _invoker.InvokeAsync(
            Function, CreateData(text), CreateMetadata(text, QueueMessageInfo.From(message), _time.GetUtcNow()), cancellationToken);
        return result.Succeeded;
    }

    // Both triggers hand a message body without "dataType" over as a string.
    private JsonObject CreateData(string text) => QueueTriggerPayload.CreateData(_trigger.Name, text);

    private JsonObject CreateMetadata(string text, QueueMessageInfo message, DateTimeOffset now) => _trigger.Shape == MessageTriggerShape.ServiceBus
        ? ServiceBusTriggerPayload.CreateMetadata(Function.Name, text, message, now)
        : QueueTriggerPayload.CreateMetadata(Function.Name, text, message, now);

    private async Task MoveToPoisonAsync(QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        var poison = await _queues.GetQueueAsync(_trigger.ConnectionString, _trigger.PoisonQueueName, cancellationToken);
        await poison.SendMessageAsync(message.MessageText, cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        _logger.LogWarning(
            "Function '{Function}': message {MessageId} moved to '{PoisonQueue}' after {DequeueCount} dequeues.",
            Function.Name,
            message.MessageId,
            _trigger.PoisonQueueName,
            message.DequeueCount);
    }
}
