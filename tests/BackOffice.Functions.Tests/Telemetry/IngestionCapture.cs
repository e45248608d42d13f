using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackOffice.Functions.Tests.Telemetry;

/// <summary>
/// Stands in for Application Insights' ingestion endpoint (<c>{IngestionEndpoint}/v2.1/track</c>): keeps every envelope
/// the Azure Monitor exporter sends, exactly as sent, and accepts them all. Also a partner that fails (<c>/partner</c>, 503).
/// </summary>
public sealed class IngestionCapture : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _envelopes = new();

    private IngestionCapture(WebApplication app) => _app = app;

    public IReadOnlyList<JsonObject> Envelopes => [.. _envelopes];

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public string ConnectionString => $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={Address}";

    public static async Task<IngestionCapture> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var capture = new IngestionCapture(app);
        app.MapPost("/v2.1/track", capture.TrackAsync);
        app.MapMethods("/partner", ["GET", "POST"], () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        await app.StartAsync();
        return capture;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>Waits until, for each condition, some envelope sent meets it (the exporters send in batches, every few seconds).</summary>
    public async Task WaitForAsync(params Func<JsonObject, bool>[] conditions)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!conditions.All(condition => _envelopes.Any(condition)))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }

    private async Task<IResult> TrackAsync(HttpRequest request)
    {
        var body = request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(request.Body, CompressionMode.Decompress)
            : request.Body;
        using var reader = new StreamReader(body);
        var count = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Length > 0)
            {
                _envelopes.Enqueue(JsonNode.Parse(line)!.AsObject());
                count++;
            }
        }

        return Results.Json(new { itemsReceived = count, itemsAccepted = count, errors = Array.Empty<object>() });
    }
}
