using System.Net;
using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Handler;
using BackOffice.LocalHost.Http;
using BackOffice.LocalHost.Invocation;
using BackOffice.LocalHost.Queues;
using BackOffice.LocalHost.Timers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BackOffice.LocalHost.Hosting;

/// <summary>The local Functions host: the handler, the HTTP front door, the admin API and the trigger listeners.</summary>
public sealed class FunctionsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HandlerSupervisor _handler;
    private readonly HttpClient[] _clients;
    private readonly CancellationTokenSource _stopping;
    private readonly BackgroundInvocations _background;
    private readonly List<Task> _listenerTasks = [];

    private FunctionsHost(WebApplication app, HandlerSupervisor handler, HttpClient[] clients, CancellationTokenSource stopping, BackgroundInvocations background)
    {
        _app = app;
        _handler = handler;
        _clients = clients;
        _stopping = stopping;
        _background = background;
    }

    /// <summary>http://127.0.0.1:{port}/ the host listens on.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The custom handler, restarted as the real host restarts it.</summary>
    public HandlerSupervisor Handler => _handler;

    public ILogger Logger { get; private set; } = null!;

    /// <exception cref="HandlerStartupException">The handler did not come up.</exception>
    /// <exception cref="IOException">The listen port is taken.</exception>
    public static async Task<FunctionsHost> StartAsync(ScriptRoot scriptRoot, IHandlerLauncher launcher, FunctionsHostOptions options, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(BuilderOptions());
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.ListenPort));
        builder.Services.AddSingleton<IHostLifetime, ExternallyControlledLifetime>();
        options.ConfigureLogging(builder.Logging);
        var app = builder.Build();
        HandlerSupervisor? handler = null;
        try
        {
            handler = await HandlerSupervisor.StartAsync(
                launcher, scriptRoot, options.Time, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<HandlerSupervisor>(), cancellationToken);
            return await StartWithHandlerAsync(app, scriptRoot, handler, options, cancellationToken);
        }
        catch
        {
            if (handler is not null)
            {
                await handler.DisposeAsync();
            }

            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The web builder without its reload-on-change watch of appsettings*.json: that watch is a recursive inotify
    /// watch of the content root (the working directory, under which the stack writes every log), so each log line of
    /// any process woke this one (about a tenth of its CPU in a profile under <c>./bench.sh</c>). The host reads its
    /// settings from local.settings.json and the environment, never from appsettings.
    /// </summary>
    internal static WebApplicationOptions BuilderOptions() => new() { Args = ["--hostBuilder:reloadConfigOnChange=false"] };

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await Task.WhenAll(_listenerTasks);
        await _background.WhenAllAsync();
        await _app.DisposeAsync();
        await _handler.DisposeAsync();
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _stopping.Dispose();
    }

    private static async Task<FunctionsHost> StartWithHandlerAsync(WebApplication app, ScriptRoot scriptRoot, HandlerSupervisor handler, FunctionsHostOptions options, CancellationToken cancellationToken)
    {
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();
        var host = scriptRoot.Host;
        var invocationClient = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var forwardingClient = new HttpClient(HttpRequestForwarder.CreateTransport()) { Timeout = Timeout.InfiniteTimeSpan };
        var stopping = new CancellationTokenSource();
        var background = new BackgroundInvocations(stopping.Token, loggers.CreateLogger<FunctionsHost>());
        var functionsHost = new FunctionsHost(app, handler, [invocationClient, forwardingClient], stopping, background)
        {
            Logger = loggers.CreateLogger<FunctionsHost>(),
        };

        var invoker = new FunctionInvoker(
            invocationClient,
            handler,
            host.FunctionTimeout,
            new QueueOutputWriter(options.QueueClients, new QueueMessageCodec(host.Queues.MessageEncoding)),
            loggers.CreateLogger<FunctionInvoker>());
        var listeners = scriptRoot.Functions
            .Where(f => f.Trigger is not HttpTriggerBinding)
            .Select(f => CreateListener(f, host, invoker, options, loggers))
            .ToDictionary(l => l.Function.Name, StringComparer.OrdinalIgnoreCase);

        var forwarder = new HttpRequestForwarder(
            forwardingClient,
            handler,
            new HttpRouteTable(scriptRoot.Functions, host.RoutePrefix),
            host.HttpMode,
            host.FunctionTimeout,
            loggers.CreateLogger<HttpRequestForwarder>());
        AdminEndpoints.Map(app, scriptRoot.Functions, listeners, background);
        app.MapFallback("{*path}", forwarder.HandleAsync);

        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        functionsHost.Address = new Uri(addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        foreach (var listener in listeners.Values)
        {
            functionsHost._listenerTasks.Add(functionsHost.RunListenerAsync(listener));
        }

        return functionsHost;
    }

    private static ITriggerListener CreateListener(FunctionDefinition function, HostConfiguration host, FunctionInvoker invoker, FunctionsHostOptions options, ILoggerFactory loggers) =>
        function.Trigger switch
        {
            QueueTriggerBinding => new QueueTriggerListener(function, host, options.QueueClients, invoker, options.Time, loggers.CreateLogger<QueueTriggerListener>()),
            TimerTriggerBinding => new TimerTriggerListener(function, invoker, options.Time),
            _ => throw new HostConfigurationException($"Function '{function.Name}': trigger '{function.Trigger.Type}' has no listener."),
        };

    private async Task RunListenerAsync(ITriggerListener listener)
    {
        // Leave the caller's context so listeners run on the thread pool.
        await Task.Yield();
        try
        {
            await listener.RunAsync(_stopping.Token);
        }
        catch (Exception ex)
        {
            // A listener that dies silently would look like an idle queue; make it loud instead.
            Logger.LogCritical(ex, "The trigger listener of '{Function}' stopped with an error; that function no longer runs.", listener.Function.Name);
        }
    }
}
