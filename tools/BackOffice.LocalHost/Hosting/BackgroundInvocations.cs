using System.Collections.Concurrent;

namespace BackOffice.LocalHost.Hosting;

/// <summary>Admin-API invocations run after the 202 is sent; shutdown waits for them.</summary>
internal sealed class BackgroundInvocations
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationToken _stopping;
    private readonly ILogger _logger;

    public BackgroundInvocations(CancellationToken stopping, ILogger logger)
    {
        _stopping = stopping;
        _logger = logger;
    }

    public void Start(ITriggerListener listener, string? input)
    {
        var task = Task.Run(() => RunAsync(listener, input));
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    public Task WhenAllAsync() => Task.WhenAll(_running.Keys);

    private async Task RunAsync(ITriggerListener listener, string? input)
    {
        try
        {
            await listener.InvokeFromAdminAsync(input, _stopping);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Host shutdown interrupted the invocation.
        }
        catch (Exception ex)
        {
            // Nobody awaits a background invocation: report the failure here rather than lose it.
            _logger.LogError(ex, "Admin invocation of '{Function}' failed.", listener.Function.Name);
        }
    }
}
