using System.Collections.Concurrent;
using System.Net;
using BackOffice.PartnerSandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BackOffice.PartnerSandbox.Tests.Support;

/// <summary>
/// A stand-in for the hub's <c>POST /api/callbacks/{partner}</c>: records every delivery and can be told to answer
/// 500 to the first few, to exercise the sandbox's retries.
/// </summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedCallback> _received = new();
    private int _failuresLeft;

    private CallbackReceiver(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<ReceivedCallback> Received => _received.ToList();

    public static async Task<CallbackReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new CallbackReceiver(app) { _failuresLeft = failFirst };
        app.MapPost("/api/callbacks/{partner}", async (string partner, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var status = Interlocked.Decrement(ref receiver._failuresLeft) >= 0 ? 500 : 200;
            var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            receiver._received.Enqueue(new ReceivedCallback(partner, headers, body, status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        receiver.Address = SandboxApp.Address(app);
        return receiver;
    }

    /// <summary>Waits until a successfully answered callback matches, or fails the test.</summary>
    public async Task<ReceivedCallback> WaitForAsync(string partner, Func<ReceivedCallback, bool> match, int timeoutMs = 5000)
    {
        var found = await Eventually.ValueAsync(
            () => _received.FirstOrDefault(c => c.Partner == partner && c.AnsweredStatus == 200 && match(c)),
            timeoutMs);
        return found ?? throw new Xunit.Sdk.XunitException(
            $"no {partner} callback matched within {timeoutMs} ms; got: {string.Join(" | ", _received.Select(c => c.Partner + " " + c.Body))}");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
