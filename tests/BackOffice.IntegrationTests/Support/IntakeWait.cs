using System.Net;
using System.Text.RegularExpressions;

namespace BackOffice.IntegrationTests.Support;

/// <summary>
/// The webhook ack answers once the delivery is queued; its intake (the order stored, the delivery recorded) runs from
/// that message just after. This handler makes the tests' client wait, after a 202 with an order id from the hub-format
/// or Shopify webhook, until the delivery log records the delivery — the intake's last step, so a test that reads the
/// order next finds it. Tests of the ack itself use <see cref="Stack.Http(bool)"/> without it.
/// </summary>
public sealed partial class IntakeWait : DelegatingHandler
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public IntakeWait()
        : base(new HttpClientHandler())
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted || DeliveryKey(request) is not { } key)
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        if (!(await response.Content.ReadAsStringAsync(cancellationToken)).Contains("\"orderId\"", StringComparison.Ordinal))
        {
            return response;
        }

        await Eventually.MatchesAsync(
            async () => (await Stack.Deliveries().GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(key.Source, key.DeliveryId, cancellationToken: cancellationToken)).HasValue,
            recorded => recorded,
            Patience,
            $"the intake of {key.Source} delivery {key.DeliveryId}");
        return response;
    }

    /// <summary>Where the intake records the delivery (as <c>DeliveryIds.From</c> and <c>ShopifyWebhookHeaders.DeduplicationId</c> name it).</summary>
    private static (string Source, string DeliveryId)? DeliveryKey(HttpRequestMessage request)
    {
        string? Header(string name) => request.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
        var (source, id) = request.RequestUri?.AbsolutePath switch
        {
            "/api/webhooks/orders" => ("hub", Header("X-Hub-Delivery")),
            "/api/webhooks/shopify" => ("shopify", Header("X-Shopify-Event-Id") is { Length: > 0 } eventId
                ? $"event-{Header("X-Shopify-Topic")?.Replace('/', '.')}-{eventId}"
                : Header("X-Shopify-Webhook-Id")),
            _ => ("", null),
        };
        return id is not null && SafeKey().IsMatch(id) ? (source, id) : null;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex SafeKey();
}
