using System.Net;
using System.Text.Json;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Partners.Http;
using Refit;

namespace BackOffice.Partners.Vtex;

/// <summary>
/// Reads VTEX's hook and feed configuration and saves it again when it is gone or no longer ours (another URL, no secret
/// header, other states). Saving the same configuration again is harmless at VTEX.
/// </summary>
public sealed class VtexSubscriptions(IVtexApi api) : IVtexSubscriptions
{
    /// <summary>Items stay invisible this long after a read that was not committed; kept for 4 days (VTEX's example values).</summary>
    private static readonly VtexFeedQueue Queue = new(250, 345600);

    public async Task<VtexSubscriptionReport> EnsureAsync(VtexSubscription desired, CancellationToken cancellationToken)
    {
        try
        {
            var filter = new VtexConfigFilter("FromWorkflow", desired.States);
            var hook = await ReadAsync<VtexHookConfig>(() => api.GetHookConfigAsync(cancellationToken), cancellationToken);
            var hookRecreated = !IsOurs(hook, desired);
            if (hookRecreated)
            {
                await api.SaveHookConfigAsync(
                    new VtexHookConfig(filter, new VtexHookTarget(desired.HookUrl, new Dictionary<string, string> { [desired.HeaderName] = desired.HeaderValue })), cancellationToken);
            }

            var feed = await ReadAsync<VtexFeedConfig>(() => api.GetFeedConfigAsync(cancellationToken), cancellationToken);
            var feedRecreated = feed?.Filter?.Status is not { } states || desired.States.Any(state => !states.Contains(state, StringComparer.OrdinalIgnoreCase));
            if (feedRecreated)
            {
                await api.SaveFeedConfigAsync(new VtexFeedConfig(filter, Queue), cancellationToken);
            }

            return new VtexSubscriptionReport(hookRecreated, feedRecreated);
        }
        catch (ApiException error)
        {
            throw VtexErrors.Failure(error.StatusCode, error.Content, error.ReasonPhrase, error.Headers.RetryAfter);
        }
    }

    private static bool IsOurs(VtexHookConfig? hook, VtexSubscription desired) =>
        hook?.Hook is { Url: { } url, Headers: { } headers }
        && string.Equals(url, desired.HookUrl, StringComparison.Ordinal)
        && headers.TryGetValue(desired.HeaderName, out var value) && value == desired.HeaderValue
        && hook.Filter?.Status is { } states && desired.States.All(state => states.Contains(state, StringComparer.OrdinalIgnoreCase));

    private static async Task<T?> ReadAsync<T>(Func<Task<HttpResponseMessage>> get, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await get();
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound || string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw VtexErrors.Failure(response.StatusCode, body, response.ReasonPhrase, response.Headers.RetryAfter);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, PartnerJson.CamelCase);
        }
        catch (JsonException)
        {
            // Not a configuration the hub can read: saved again as the hub wants it.
            return null;
        }
    }
}
