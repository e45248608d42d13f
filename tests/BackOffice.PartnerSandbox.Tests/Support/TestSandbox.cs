using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Hosting;
using BackOffice.PartnerSandbox.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.PartnerSandbox.Tests.Support;

/// <summary>
/// A sandbox on a free port with short delays, calling back a <see cref="CallbackReceiver"/>. Each test gets its own,
/// so tests never see each other's calls and can run in parallel.
/// </summary>
public sealed class TestSandbox : IAsyncDisposable
{
    public const int StepMs = 40;

    private readonly WebApplication _app;

    private TestSandbox(WebApplication app, CallbackReceiver hub, SandboxSettings settings)
    {
        _app = app;
        Hub = hub;
        Settings = settings;
        // Generous: on a loaded two-core machine a test's first request has waited over 10 s for the thread pool. Tests of
        // a held request give up through their own token, not through this.
        Http = new HttpClient { BaseAddress = SandboxApp.Address(app), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    public CallbackReceiver Hub { get; }

    public SandboxSettings Settings { get; }

    /// <summary>The sandbox's delayed work (payments settling, callbacks), to wait until a named piece has run.</summary>
    public BackgroundWork Work => _app.Services.GetRequiredService<BackgroundWork>();

    public static async Task<TestSandbox> StartAsync(Func<SandboxSettings, SandboxSettings>? configure = null, int hubFailsFirst = 0)
    {
        var hub = await CallbackReceiver.StartAsync(hubFailsFirst);
        var delay = TimeSpan.FromMilliseconds(StepMs);
        var settings = new SandboxSettings
        {
            Port = 0,
            HubBaseUrl = hub.Address,
            CallbackDelay = delay,
            PaymentDelay = delay,
            RiskDelay = delay,
            NfeDelay = delay,
            CarrierStepDelay = delay,
            CallbackRetryDelay = delay,
            CallbackAttempts = 4,
            FaultTimeout = TimeSpan.FromMilliseconds(300),
            FaultSeed = 7,
        };
        settings = configure?.Invoke(settings) ?? settings;
        var app = SandboxApp.Create(settings);
        await app.StartAsync();
        return new TestSandbox(app, hub, settings);
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, object? body = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? global::BackOffice.PartnerSandbox.Shared.SandboxJson.Serialize(body), Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public static (string, string) Basic(string user) => ("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":")));

    public static (string, string) Bearer(string token) => ("Authorization", "Bearer " + token);

    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? body = null, params (string Name, string Value)[] headers)
    {
        using var request = Request(method, path, body, headers);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text));
    }

    public async Task<JsonArray> CallsAsync(string? orderRef = null, string? partner = null)
    {
        var query = new List<string>();
        if (orderRef is not null)
        {
            query.Add("orderRef=" + Uri.EscapeDataString(orderRef));
        }

        if (partner is not null)
        {
            query.Add("partner=" + partner);
        }

        return (await Http.GetFromJsonAsync<JsonArray>("_sandbox/calls?" + string.Join('&', query)))!;
    }

    public async Task SetFaultAsync(string partner, double errorRate, double timeoutRate = 0, int latencyMs = 0, bool afterEffect = false)
    {
        using var response = await Http.PostAsJsonAsync("_sandbox/faults", new { partner, errorRate, timeoutRate, latencyMs, afterEffect });
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
        await Hub.DisposeAsync();
    }
}
