using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Handler;
using BackOffice.LocalHost.Hosting;
using Microsoft.Extensions.Logging;

namespace BackOffice.LocalHost.Tests.Support;

public static class TestHost
{
    public static Task<FunctionsHost> StartAsync(ScriptRoot scriptRoot, IHandlerLauncher launcher) =>
        FunctionsHost.StartAsync(
            scriptRoot,
            launcher,
            new FunctionsHostOptions
            {
                ListenPort = 0,
                ConfigureLogging = logging => logging.AddFilter("Microsoft", LogLevel.Warning),
            },
            CancellationToken.None);
}
