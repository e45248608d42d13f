using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Handler;

/// <summary>
/// Keeps the custom handler running the way the real host does (<see cref="HandlerRestartPolicy"/>), and plays Azure's
/// part when the host "goes down" after repeated failures: it comes back after <see cref="HostRestartDelay"/> with no
/// errors counted, so a run that kills the handler again and again always recovers. Calls wait while the handler is
/// (re)starting, as the host holds invocations until its worker is initialized (WorkerFunctionInvoker,
/// DelayUntilFunctionDispatcherInitializedOrShutdown: up to (3 + 1) x 30 s).
/// </summary>
public sealed class HandlerSupervisor : IHandlerConnection, IAsyncDisposable
{
    public static readonly TimeSpan HostRestartDelay = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan ReadyWaitLimit = TimeSpan.FromSeconds((HandlerRestartPolicy.ErrorThreshold + 1) * 30);

    private readonly IHandlerLauncher _launcher;
    private readonly ScriptRoot _scriptRoot;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HandlerRestartPolicy _policy = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private TaskCompletionSource<Uri> _ready = NewReady();
    private TaskCompletionSource _restartRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _supervision = Task.CompletedTask;

    private HandlerSupervisor(IHandlerLauncher launcher, ScriptRoot scriptRoot, TimeProvider time, ILogger logger)
    {
        _launcher = launcher;
        _scriptRoot = scriptRoot;
        _time = time;
        _logger = logger;
    }

    /// <summary>Each launch, exit and decision, in order; tests wait on these instead of on time.</summary>
    public event Action<HandlerLifecycleEvent>? Observed;

    public int Launches { get; private set; }

    /// <summary>Starts the handler and returns once it accepts connections.</summary>
    /// <exception cref="HandlerStartupException">The first handler did not come up; a broken set-up is reported at once.</exception>
    public static async Task<HandlerSupervisor> StartAsync(IHandlerLauncher launcher, ScriptRoot scriptRoot, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var supervisor = new HandlerSupervisor(launcher, scriptRoot, time, logger);
        var first = await launcher.LaunchAsync(scriptRoot, cancellationToken);
        supervisor.Launches = 1;
        supervisor._supervision = Task.Run(() => supervisor.SuperviseAsync(first));
        return supervisor;
    }

    public async Task<Uri> GetReadyAddressAsync(CancellationToken cancellationToken)
    {
        Task<Uri> ready;
        lock (_gate)
        {
            ready = _ready.Task;
        }

        try
        {
            return await ready.WaitAsync(ReadyWaitLimit, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new HttpRequestException($"The custom handler was not running for {ReadyWaitLimit.TotalSeconds:0} s.");
        }
    }

    public void RestartAfterTimeout(string reason)
    {
        _logger.LogWarning("A function timeout has occurred ({Reason}). Restarting the custom handler; every call in flight fails.", reason);
        _restartRequested.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _supervision;
        _stopping.Dispose();
    }

    private async Task SuperviseAsync(IHandlerRuntime handler)
    {
        var stopping = _stopping.Token;
        while (true)
        {
            Publish(new HandlerLifecycleEvent(HandlerLifecycleKind.Running, null, null));
            SetReady(handler.BaseAddress);
            var restart = _restartRequested.Task;
            await Task.WhenAny(handler.Exited, restart, Task.Delay(Timeout.Infinite, stopping)).ConfigureAwait(false);
            var exitCode = handler.Exited.IsCompleted ? handler.Exited.Result : (int?)null;
            if (exitCode is null || stopping.IsCancellationRequested)
            {
                ResetReady();
            }

            await handler.DisposeAsync();
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            HandlerStopDecision decision;
            if (exitCode is { } code)
            {
                decision = _policy.OnExit(code, _time.GetUtcNow());
                _logger.LogError("The custom handler exited with code {ExitCode}: {Decision}.", code, Describe(decision));
            }
            else
            {
                // A timeout restart is not one of the handler's errors (RestartWorkerWithInvocationIdAsync).
                _restartRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                decision = HandlerStopDecision.RestartHandler;
            }

            Publish(new HandlerLifecycleEvent(HandlerLifecycleKind.Stopped, exitCode, decision));
            if (decision == HandlerStopDecision.LeaveStopped)
            {
                // Calls now fail against the dead port, as they do in Azure, until the host itself is restarted.
                return;
            }

            ResetReady();
            var next = await RelaunchAsync(decision, stopping);
            if (next is null)
            {
                return;
            }

            handler = next;
        }
    }

    /// <returns>Null when the host is stopping.</returns>
    private async Task<IHandlerRuntime?> RelaunchAsync(HandlerStopDecision decision, CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                if (decision == HandlerStopDecision.RestartHost)
                {
                    _logger.LogCritical(
                        "Exceeded the custom handler restart retry count ({Threshold} errors within {Window} min); the Functions host shuts down. Starting again in {Delay} s, as Azure restarts the host.",
                        HandlerRestartPolicy.ErrorThreshold,
                        HandlerRestartPolicy.ErrorWindow.TotalMinutes,
                        HostRestartDelay.TotalSeconds);
                    await Task.Delay(HostRestartDelay, _time, stopping);
                }

                Launches++;
                return await _launcher.LaunchAsync(_scriptRoot, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return null;
            }
            catch (HandlerStartupException ex)
            {
                decision = _policy.OnError(_time.GetUtcNow());
                _logger.LogError("The custom handler did not start ({Error}): {Decision}.", ex.Message, Describe(decision));
                Publish(new HandlerLifecycleEvent(HandlerLifecycleKind.FailedToStart, null, decision));
            }
        }
    }

    private void SetReady(Uri address)
    {
        lock (_gate)
        {
            if (!_ready.TrySetResult(address))
            {
                _ready = NewReady();
                _ready.SetResult(address);
            }
        }
    }

    private void ResetReady()
    {
        lock (_gate)
        {
            if (_ready.Task.IsCompleted)
            {
                _ready = NewReady();
            }
        }
    }

    private void Publish(HandlerLifecycleEvent lifecycleEvent) => Observed?.Invoke(lifecycleEvent);

    private static string Describe(HandlerStopDecision decision) => decision switch
    {
        HandlerStopDecision.LeaveStopped => "the host does not restart a handler that exits with 0; calls fail until the host is restarted",
        HandlerStopDecision.RestartHandler => "restarting it",
        HandlerStopDecision.RestartHost => "too many failures, the host restarts",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
    };

    private static TaskCompletionSource<Uri> NewReady() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Where calls to the handler go, and how a timed-out call reaches the handler's supervisor.</summary>
public interface IHandlerConnection
{
    /// <summary>The handler's address once it runs; waits while it is (re)starting.</summary>
    /// <exception cref="HttpRequestException">No handler came up in time.</exception>
    Task<Uri> GetReadyAddressAsync(CancellationToken cancellationToken);

    /// <summary>A call outlived functionTimeout and its grace: the host kills and restarts the handler.</summary>
    void RestartAfterTimeout(string reason);
}

public enum HandlerLifecycleKind
{
    Running,
    Stopped,
    FailedToStart,
}

public sealed record HandlerLifecycleEvent(HandlerLifecycleKind Kind, int? ExitCode, HandlerStopDecision? Decision);
