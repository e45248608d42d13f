using System.Text.Json.Nodes;
using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Hosting;
using BackOffice.LocalHost.Invocation;

namespace BackOffice.LocalHost.Timers;

/// <summary>Invokes a timerTrigger function at each occurrence of its schedule (UTC), never overlapping runs.</summary>
public sealed class TimerTriggerListener : ITriggerListener
{
    // Task.Delay cannot wait longer than ~49 days; far occurrences are reached in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private readonly TimerTriggerBinding _trigger;
    private readonly FunctionInvoker _invoker;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _runGate = new(1, 1);
    private DateTimeOffset _lastRun = DateTimeOffset.MinValue;
    private int _runsWaiting;

    public TimerTriggerListener(FunctionDefinition function, FunctionInvoker invoker, TimeProvider time)
    {
        Function = function;
        _trigger = (TimerTriggerBinding)function.Trigger;
        _invoker = invoker;
        _time = time;
    }

    public FunctionDefinition Function { get; }

    /// <summary>Runs (scheduled or asked for through the admin API) waiting for the one in progress to end.</summary>
    public int RunsWaiting => Volatile.Read(ref _runsWaiting);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_trigger.RunOnStartup)
            {
                await RunOnceAsync(_time.GetUtcNow(), cancellationToken);
            }

            while (!cancellationToken.IsCancellationRequested)
            {
                var due = _trigger.Schedule.GetNextOccurrence(_time.GetUtcNow());
                await WaitUntilAsync(due, cancellationToken);
                await RunOnceAsync(due, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    public Task InvokeFromAdminAsync(string? input, CancellationToken cancellationToken) =>
        RunOnceAsync(_time.GetUtcNow(), cancellationToken);

    private async Task WaitUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        // Loop because timers may fire a little early; the occurrence must really have come.
        for (var remaining = due - _time.GetUtcNow(); remaining > TimeSpan.Zero; remaining = due - _time.GetUtcNow())
        {
            await Task.Delay(remaining < LongestWait ? remaining : LongestWait, _time, cancellationToken);
        }
    }

    private async Task RunOnceAsync(DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runsWaiting);
        try
        {
            await _runGate.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _runsWaiting);
        }

        try
        {
            var now = _time.GetUtcNow();
            var data = new JsonObject
            {
                [_trigger.Name] = TimerPayload.Create(_lastRun, _trigger.Schedule.GetNextOccurrence(now), now, isPastDue: false),
            };
            var metadata = new JsonObject { ["sys"] = InvocationRequest.CreateSysMetadata(Function.Name, now) };
            _lastRun = scheduledFor;
            await _invoker.InvokeAsync(Function, data, metadata, cancellationToken);
        }
        finally
        {
            _runGate.Release();
        }
    }
}
