namespace BackOffice.LocalHost.Handler;

/// <summary>
/// What the real host does when its custom handler stops, from azure-functions-host:
/// exit code 0 is left alone and 200 is an intentional restart (Workers/ProcessManagement/WorkerProcess.cs,
/// OnProcessExited; WorkerConstants.SuccessExitCode, IntentionalRestartExitCode); any other exit, or a handler that does
/// not answer on its port within 30 s (HttpWorkerOptions.InitializationTimeout), is an error; fewer than three errors
/// in a row, each within 30 minutes of the last (WorkerRestartErrorIntervalThresholdInMinutes), restart the handler,
/// the third shuts the host down (Workers/Http/HttpFunctionInvocationDispatcher.cs, RestartWorkerChannel), and Azure
/// then starts the host again, with no errors counted.
/// </summary>
public sealed class HandlerRestartPolicy
{
    public const int SuccessExitCode = 0;
    public const int IntentionalRestartExitCode = 200;
    public const int ErrorThreshold = 3;
    public static readonly TimeSpan ErrorWindow = TimeSpan.FromMinutes(30);

    private readonly List<DateTimeOffset> _errors = [];

    public int ErrorCount => _errors.Count;

    public HandlerStopDecision OnExit(int exitCode, DateTimeOffset now) => exitCode switch
    {
        SuccessExitCode => HandlerStopDecision.LeaveStopped,
        IntentionalRestartExitCode => HandlerStopDecision.RestartHandler,
        _ => OnError(now),
    };

    /// <summary>The handler exited with an error code or did not come up in time.</summary>
    public HandlerStopDecision OnError(DateTimeOffset now)
    {
        // The host's error bucket empties when this error comes more than the window after the previous one.
        if (_errors.Count > 0 && now - _errors[^1] > ErrorWindow)
        {
            _errors.Clear();
        }

        _errors.Add(now);
        if (_errors.Count < ErrorThreshold)
        {
            return HandlerStopDecision.RestartHandler;
        }

        // A restarted host starts with no errors counted.
        _errors.Clear();
        return HandlerStopDecision.RestartHost;
    }
}

public enum HandlerStopDecision
{
    /// <summary>Exit code 0: the host does not start the handler again.</summary>
    LeaveStopped,

    RestartHandler,

    /// <summary>Too many errors: the host goes down and Azure starts it again.</summary>
    RestartHost,
}
