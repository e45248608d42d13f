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
        _host = new PartnerHost(
            values =>
            {
                values["Pagarme:BaseUrl"] = new Uri(address, "pagarme/core/v5/").ToString();
                // Long enough for a loaded machine; a held request costs three of these.
                values["Pagarme:Resilience:AttemptTimeout"] = "00:00:01.500";
            },
            realNetwork: true);
    }

    public async Task DisposeAsync()
    {
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
        var charge = await FirstLookupAsync(gateway);
        await SetFaultAsync(new { partner = "pagarme", errorRate, timeoutRate, latencyMs = 0, afterEffect = true });

        // The client's own retries all meet the fault; the step's scheduled retry comes once the partner is back.
        await Assert.ThrowsAnyAsync<Exception>(() => gateway.CaptureAsync(charge.ChargeId, charge.AmountCents, "hub-6001:capture", CancellationToken.None));
        await SetFaultAsync(new { partner = "pagarme", errorRate = 0.0, timeoutRate = 0.0, latencyMs = 0 });
        var captured = await gateway.CaptureAsync(charge.ChargeId, charge.AmountCents, "hub-6001:capture", CancellationToken.None);

        Assert.Equal(ChargeStatus.Paid, captured.Status);
        var calls = (await _control.GetFromJsonAsync<JsonArray>("_sandbox/calls?orderRef=hub-6001"))!;
        var capture = Assert.Single(calls);
        Assert.Equal("charge.capture", capture!["operation"]!.GetValue<string>());
        Assert.Equal("hub-6001:capture", capture["idempotencyKey"]!.GetValue<string>());
    }

    // The first call runs the in-process sandbox's path cold: on a loaded machine it can outlast one short attempt. It is
    // not what the test is about, so it may take a second try; the capture under test gets none of this.
    private static async Task<GatewayCharge> FirstLookupAsync(IPaymentGateway gateway)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await gateway.FindChargeByOrderRefAsync("hub-6001", CancellationToken.None))!;
            }
            catch (Exception) when (attempt < 3)
            {
                // Cold start; the charge is there.
            }
        }
    }

    private async Task SetFaultAsync(object rule)
    {
        using var response = await _control.PostAsJsonAsync("_sandbox/faults", rule);
        response.EnsureSuccessStatusCode();
    }
}
