using System.Runtime.InteropServices;
using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Handler;
using BackOffice.LocalHost.Hosting;
using BackOffice.Tools.Output;

// Exit codes: 0 stopped by Ctrl-C/SIGTERM, 1 the handler failed its first start, 2 bad configuration or arguments.
// Standard output in batches (the host's log and its echo of the handler); declared first, so disposed last, on every exit.
using var output = BatchingStandardOutput.Install();
using var shutdown = new CancellationTokenSource();
void RequestShutdown(PosixSignalContext context)
{
    context.Cancel = true;
    shutdown.Cancel();
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestShutdown);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestShutdown);

ScriptRoot scriptRoot;
CommandLineOptions options;
try
{
    options = CommandLineParser.Parse(args);
    scriptRoot = ScriptRootLoader.Load(options.ScriptRoot, options.SettingsPath);
    foreach (var name in scriptRoot.Settings.OverriddenByEnvironment)
    {
        Console.Out.WriteLine($"Skipping '{name}' from local settings as it's already defined in current environment variables.");
    }
}
catch (HostConfigurationException ex)
{
    Console.Error.WriteLine($"BackOffice.LocalHost: {ex.Message}");
    return 2;
}

FunctionsHost host;
try
{
    host = await FunctionsHost.StartAsync(
        scriptRoot,
        new ProcessHandlerLauncher(Console.Out, ProcessHandlerLauncher.DefaultStartupTimeout),
        new FunctionsHostOptions { ListenPort = options.Port },
        shutdown.Token);
}
catch (HandlerStartupException ex)
{
    Console.Error.WriteLine($"BackOffice.LocalHost: {ex.Message}");
    return 1;
}
catch (IOException ex)
{
    Console.Error.WriteLine($"BackOffice.LocalHost: cannot listen on 127.0.0.1:{options.Port}: {ex.Message}");
    return 1;
}
catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
{
    Console.Error.WriteLine("BackOffice.LocalHost: stopped before the handler was ready.");
    return 0;
}

await using (host)
{
    foreach (var function in scriptRoot.Functions)
    {
        var where = function.Trigger is HttpTriggerBinding http
            ? $"{string.Join(',', http.Methods.DefaultIfEmpty("*"))} {host.Address}{(scriptRoot.Host.RoutePrefix.Length == 0 ? string.Empty : scriptRoot.Host.RoutePrefix + "/")}{http.Route}"
            : $"POST {host.Address}admin/functions/{function.Name}";
        host.Logger.LogInformation("{Function} [{Trigger}] {Where}", function.Name, function.Trigger.Type, where);
    }

    host.Logger.LogInformation("Host listening on {Address}; Ctrl-C to stop.", host.Address);

    // The handler is restarted as the real host restarts it; only Ctrl-C or SIGTERM stops this host.
    await Task.Delay(Timeout.Infinite, shutdown.Token).ContinueWith(_ => 0, TaskScheduler.Default);
    host.Logger.LogInformation("Shutting down.");
    return 0;
}
