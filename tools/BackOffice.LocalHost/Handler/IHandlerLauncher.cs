using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Handler;

/// <summary>Starts the custom handler and returns once it accepts connections.</summary>
public interface IHandlerLauncher
{
    /// <exception cref="HandlerStartupException">The handler did not come up.</exception>
    Task<IHandlerRuntime> LaunchAsync(ScriptRoot scriptRoot, CancellationToken cancellationToken);
}
