using System.Net.Http.Headers;
using BackOffice.Application.StoreEvents;

namespace BackOffice.Infrastructure.StoreEvents;

/// <summary>
/// POSTs an event to the store. No retry and no resilience pipeline here: the courier's back-off owns retries, so one
/// attempt is one request, and the log tells ops exactly what the store answered.
/// </summary>
internal sealed class HttpStoreEndpoint(HttpClient http) : IStoreEndpoint
{
    // What a store answers is logged; a page of HTML is cut short.
    private const int MaxErrorBody = 200;

    public async Task<StoreEndpointAnswer> PostAsync(Uri url, IReadOnlyDictionary<string, string> headers, byte[] body, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            if (response.IsSuccessStatusCode)
            {
                return new StoreEndpointAnswer((int)response.StatusCode, null);
            }

            var text = await response.Content.ReadAsStringAsync(attempt.Token);
            return new StoreEndpointAnswer((int)response.StatusCode, $"The store answered {(int)response.StatusCode}: {(text.Length > MaxErrorBody ? text[..MaxErrorBody] : text)}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new StoreEndpointAnswer(null, $"No answer within {timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException exception)
        {
            return new StoreEndpointAnswer(null, $"Could not reach the store: {exception.Message}");
        }
    }
}
