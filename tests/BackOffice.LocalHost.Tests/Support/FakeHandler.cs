using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using BackOffice.LocalHost.Handler;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackOffice.LocalHost.Tests.Support;

/// <summary>An in-process custom handler on a free port that records what the host sends it.</summary>
public sealed class FakeHandler : IHandlerRuntime
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource<int> _exited = new();

    private FakeHandler(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Answers invocations (POST /{function}); default: 200 with empty Outputs.</summary>
    public Func<string, JsonObject, (int Status, string Body)> Invoke { get; set; } = (_, _) => (200, """{"Outputs":{},"Logs":[]}""");

    public ConcurrentQueue<(string Function, JsonObject Body)> Invocations { get; } = new();

    public ConcurrentQueue<ForwardedRequest> ForwardedRequests { get; } = new();

    public Uri BaseAddress { get; }

    public Task<int> Exited => _exited.Task;

    public IHandlerLauncher Launcher => new AttachedLauncher(this);

    /// <summary>For parts tested without a host: calls always go to this fake.</summary>
    public IHandlerConnection Connection => new FixedConnection(BaseAddress);

    public static async Task<FakeHandler> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeHandler? handler = null;
        app.Run(async context => await handler!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        handler = new FakeHandler(app, new Uri(address.TrimEnd('/') + "/"));
        return handler;
    }

    /// <summary>Simulates the handler process dying.</summary>
    public void SimulateExit(int exitCode) => _exited.TrySetResult(exitCode);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var segments = context.Request.Path.Value!.Trim('/').Split('/');
        if (context.Request.Method == "POST" && segments.Length == 1 && segments[0] != "api")
        {
            var payload = JsonNode.Parse(body)!.AsObject();
            Invocations.Enqueue((segments[0], payload));
            var (status, answer) = Invoke(segments[0], payload);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer);
            return;
        }

        ForwardedRequests.Enqueue(new ForwardedRequest(
            context.Request.Method,
            context.Request.Path.Value!,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));
        context.Response.StatusCode = 201;
        context.Response.Headers["X-Handler"] = "fake";
        await context.Response.WriteAsync("handled " + context.Request.Path.Value);
    }

    public sealed record ForwardedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);

    private sealed class FixedConnection(Uri address) : IHandlerConnection
    {
        public Task<Uri> GetReadyAddressAsync(CancellationToken cancellationToken) => Task.FromResult(address);

        public void RestartAfterTimeout(string reason)
        {
            // Nothing to restart: the test owns the fake.
        }
    }

    private sealed class AttachedLauncher(FakeHandler handler) : IHandlerLauncher
    {
        public Task<IHandlerRuntime> LaunchAsync(BackOffice.LocalHost.Configuration.ScriptRoot scriptRoot, CancellationToken cancellationToken) =>
            Task.FromResult<IHandlerRuntime>(new NonOwningRuntime(handler));
    }

    // The test owns the fake's lifetime; the host disposing its runtime must not stop it.
    private sealed class NonOwningRuntime(FakeHandler handler) : IHandlerRuntime
    {
        public Uri BaseAddress => handler.BaseAddress;

        public Task<int> Exited => handler.Exited;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
