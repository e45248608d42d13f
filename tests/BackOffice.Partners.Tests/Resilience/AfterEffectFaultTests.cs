using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackOffice.Application.Partners.Payments;
using BackOffice.Partners.Tests.Support;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Hosting;
using Microsoft.AspNetCore.Builder;

namespace BackOffice.Partners.Tests.Resilience;

/// <summary>
/// The worst case of a partner API: it acted, and the answer was lost (an error or a hang after the effect). The real
/// Pagar.me client against the partner sandbox: its retries and the step's later retry carry the same idempotency key,
/// so the sandbox ledger shows the capture once.
/// </summary>
public sealed class AfterEffectFaultTests : IAsyncLifetime
{
    private WebApplication _sandbox = null!;
    private HttpClient _control = null!;
    private PartnerHost _host = null!;
    private PartnerHost _patient = null!;

    public async Task InitializeAsync()
    {
        // Callbacks go nowhere (port 9, discard) and only once: this test reads the ledger, not the hub.
        _sandbox = SandboxApp.Create(new SandboxSettings
        {
            Port = 0,
            HubBaseUrl = new Uri("http://127.0.0.1:9/"),
            CallbackAttempts = 1,
            FaultTimeout = TimeSpan.FromSeconds(30),
        });
        await _sandbox.StartAsync();
        var address = SandboxApp.Address(_sandbox);
        _control = new HttpClient { BaseAddress = address };
        var baseUrl = new Uri(address, "pagarme/core/v5/").ToString();
        _host = new PartnerHost(
            values =>
            {
                values["Pagarme:BaseUrl"] = baseUrl;
                // A held request costs the client one of these per attempt; a slow answer under load is lost just the same.
                values["Pagarme:Resilience:AttemptTimeout"] = "00:00:01.500";
            },
            realNetwork: true);
        // The calls around the fault wait for their answer: their success is the event the test waits on, and a short
        // attempt timeout (PartnerHost's 2 s) made them fail on a loaded machine with nothing wrong.
        _patient = new PartnerHost(
            values =>
            {
                values["Pagarme:BaseUrl"] = baseUrl;
                values["Pagarme:Resilience:AttemptTimeout"] = "00:00:30";
                values["Pagarme:Resilience:TotalTimeout"] = "00:01:30";
            },
            realNetwork: true);
    }

    public async Task DisposeAsync()
    {
        _patient.Dispose();
        _host.Dispose();
        _control.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.0, 1.0)]
    public async Task CaptureAsync_WhenEveryAnswerIsLostAfterTheEffect_CapturesOnceAcrossAllRetries(double errorRate, double timeoutRate)
    {
        var gateway = _host.Get<IPaymentGateway>();
        var patient = _patient.Get<IPaymentGateway>();
        var charge = (await patient.FindChargeByOrderRefAsync("hub-6001", CancellationToken.None))!;
        await SetFaultAsync(new { partner = "pagarme", errorRate, timeoutRate, latencyMs = 0, afterEffect = true });

        // The client's own retries all meet the fault; the step's scheduled retry comes once the partner is back.
        await Assert.ThrowsAnyAsync<Exception>(() => gateway.CaptureAsync(charge.ChargeId, charge.AmountCents, "hub-6001:capture", CancellationToken.None));
        await SetFaultAsync(new { partner = "pagarme", errorRate = 0.0, timeoutRate = 0.0, latencyMs = 0 });
        var captured = await patient.CaptureAsync(charge.ChargeId, charge.AmountCents, "hub-6001:capture", CancellationToken.None);

        Assert.Equal(ChargeStatus.Paid, captured.Status);
        var calls = (await _control.GetFromJsonAsync<JsonArray>("_sandbox/calls?orderRef=hub-6001"))!;
        var capture = Assert.Single(calls);
        Assert.Equal("charge.capture", capture!["operation"]!.GetValue<string>());
        Assert.Equal("hub-6001:capture", capture["idempotencyKey"]!.GetValue<string>());
    }

    private async Task SetFaultAsync(object rule)
    {
        using var response = await _control.PostAsJsonAsync("_sandbox/faults", rule);
        response.EnsureSuccessStatusCode();
    }
}
