using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Handler;

/// <summary>
/// Launches the handler executable from host.json on a free port, like the real host, and gives it 30 s to listen
/// (azure-functions-host, Workers/Http/Configuration/HttpWorkerOptions.cs, InitializationTimeout).
/// </summary>
public sealed class ProcessHandlerLauncher : IHandlerLauncher
{
    public static readonly TimeSpan DefaultStartupTimeout = TimeSpan.FromSeconds(30);

    private readonly TextWriter _console;
    private readonly TimeSpan _startupTimeout;

    public ProcessHandlerLauncher(TextWriter console, TimeSpan startupTimeout)
    {
        _console = console;
        _startupTimeout = startupTimeout;
    }

    public async Task<IHandlerRuntime> LaunchAsync(ScriptRoot scriptRoot, CancellationToken cancellationToken)
    {
        var spec = HandlerLaunchPlanner.Plan(scriptRoot, FreePort.Find());
        var handler = HandlerProcess.Start(spec, _console);
        try
        {
            var timeout = Task.Delay(_startupTimeout, cancellationToken);
            if (await PortProbe.WaitUntilAcceptingAsync(spec.Port, Task.WhenAny(timeout, handler.Exited), cancellationToken))
            {
                return handler;
            }

            throw handler.Exited.IsCompleted
                ? new HandlerStartupException($"Custom handler '{spec.FileName}' exited with code {handler.Exited.Result} before listening on port {spec.Port}.")
                : new HandlerStartupException($"Custom handler '{spec.FileName}' did not accept connections on port {spec.Port} (FUNCTIONS_CUSTOMHANDLER_PORT) within {_startupTimeout.TotalSeconds:0} s.");
        }
        catch
        {
            await handler.DisposeAsync();
            throw;
        }
    }
}
