using System.Net.Http.Json;
using System.Text.Json;

namespace BackOffice.IntegrationTests.Support;

/// <summary>The partner sandbox's call ledger: every effect the hub caused at a partner.</summary>
public static class Sandbox
{
    public static readonly Uri Url = new(Environment.GetEnvironmentVariable("BACKOFFICE_SANDBOX_URL") ?? "http://127.0.0.1:7080");

    public static async Task<IReadOnlyList<(string Partner, string Operation)>> EffectsAsync(string orderRef)
    {
        using var http = new HttpClient { BaseAddress = Url };
        var calls = await http.GetFromJsonAsync<JsonElement>($"/_sandbox/calls?orderRef={Uri.EscapeDataString(orderRef)}");
        return [.. calls.EnumerateArray().Select(call => (call.GetProperty("partner").GetString()!, call.GetProperty("operation").GetString()!))];
    }
}
