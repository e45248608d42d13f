using System.Text;
using BackOffice.PartnerSandbox.Configuration;

namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// Posts a partner's callback to <c>{HubBaseUrl}/api/callbacks/{partner}</c> in the background, retrying with
/// doubling back-off while the hub answers non-2xx or cannot be reached, as the real partners do (faster).
/// The body is sent as the exact string that was signed.
/// </summary>
public sealed class HubCallbackSender(HttpClient http, SandboxSettings settings, BackgroundWork work, ILoggerFactory loggers)
{
    private readonly ILogger _log = loggers.CreateLogger("callback");

    /// <summary>
    /// Sends the callback after <paramref name="delay"/>, plus up to <c>CallbackLate</c> at random; with
    /// <c>CallbackDuplicateRate</c> a second copy follows later still, as real partners deliver late and twice.
    /// </summary>
    public void Send(string partner, string body, IReadOnlyDictionary<string, string> headers, TimeSpan delay, string what)
    {
        work.After(delay + Late(), $"{partner} callback {what}", token => DeliverAsync(partner, body, headers, what, token));
        if (settings.CallbackDuplicateRate > 0 && Random.Shared.NextDouble() < settings.CallbackDuplicateRate)
        {
            work.After(delay + Late() + Late(), $"{partner} callback {what} (duplicate)", token => DeliverAsync(partner, body, headers, what + " (duplicate)", token));
        }
    }

    private TimeSpan Late() => settings.CallbackLate * Random.Shared.NextDouble();

    private async Task DeliverAsync(string partner, string body, IReadOnlyDictionary<string, string> headers, string what, CancellationToken token)
    {
        var target = new Uri(settings.HubBaseUrl, $"api/callbacks/{partner}");
        var backoff = settings.CallbackRetryDelay;
        var attempts = Math.Max(1, settings.CallbackAttempts);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            string failure;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, target)
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                foreach (var (name, value) in headers)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                using var response = await http.SendAsync(request, token);
                if (response.IsSuccessStatusCode)
                {
                    _log.LogInformation("callback {Partner} {What} -> {Status} (attempt {Attempt})", partner, what, (int)response.StatusCode, attempt);
                    return;
                }

                failure = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !token.IsCancellationRequested))
            {
                failure = ex.GetType().Name;
            }

            _log.LogWarning("callback {Partner} {What} failed: {Failure} (attempt {Attempt}/{Attempts})", partner, what, failure, attempt, attempts);
            if (attempt < attempts)
            {
                await Task.Delay(backoff, token);
                backoff *= 2;
            }
        }

        _log.LogError("callback {Partner} {What} given up after {Attempts} attempts", partner, what, attempts);
    }
}
