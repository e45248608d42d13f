using System.Net.Http.Json;
using System.Text.Json;

namespace BackOffice.IntegrationTests.Support;

/// <summary>The partner sandbox's call ledger: every effect the hub caused at a partner.</summary>
public static class Sandbox
{
    public static readonly Uri Url = new(Environment.GetEnvironmentVariable("BACKOFFICE_SANDBOX_URL") ?? "http://127.0.0.1:7080");

    /// <summary>The calls that took effect: a call the partner refused (an injected fault, say) changed nothing there.</summary>
    public static async Task<IReadOnlyList<(string Partner, string Operation)>> EffectsAsync(string orderRef)
    {
        using var http = new HttpClient { BaseAddress = Url };
        var calls = await http.GetFromJsonAsync<JsonElement>($"/_sandbox/calls?orderRef={Uri.EscapeDataString(orderRef)}");
        return [.. calls.EnumerateArray()
            .Where(call => call.GetProperty("status").GetInt32() < 400)
            .Select(call => (call.GetProperty("partner").GetString()!, call.GetProperty("operation").GetString()!))];
    }

    /// <summary>Every call the ledger holds for the order, as the sandbox answers them (with <c>detail</c>).</summary>
    public static async Task<IReadOnlyList<JsonElement>> CallsAsync(string orderRef, string partner)
    {
        using var http = new HttpClient { BaseAddress = Url };
        var calls = await http.GetFromJsonAsync<JsonElement>($"/_sandbox/calls?orderRef={Uri.EscapeDataString(orderRef)}&partner={partner}");
        return [.. calls.EnumerateArray()];
    }

    /// <summary>Counts each kind of effect, as "partner operation".</summary>
    public static async Task<IReadOnlyDictionary<string, int>> EffectCountsAsync(string orderRef) =>
        (await EffectsAsync(orderRef)).GroupBy(effect => $"{effect.Partner} {effect.Operation}").ToDictionary(group => group.Key, group => group.Count());

    /// <summary>The <c>X-Webhook-Asymmetric-Signature</c> the Pagar.me simulator puts on this body (its key is published in its JWKS).</summary>
    public static async Task<string> PagarmeSignatureAsync(string body)
    {
        using var http = new HttpClient { BaseAddress = Url };
        using var response = await http.PostAsync("/_sandbox/pagarme/webhooks/sign", new StringContent(body));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetString()!;
    }

    public static async Task SetFaultsAsync(string partner, double errorRate)
    {
        using var http = new HttpClient { BaseAddress = Url };
        using var response = await http.PostAsJsonAsync("/_sandbox/faults", new { partner, errorRate, timeoutRate = 0.0, latencyMs = 0 });
        response.EnsureSuccessStatusCode();
    }
}
