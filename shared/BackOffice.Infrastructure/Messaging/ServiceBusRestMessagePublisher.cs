using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Core;
using BackOffice.Application.Messaging;

namespace BackOffice.Infrastructure.Messaging;

/// <summary>
/// Sends to Service Bus through its REST "Send Message" API, since the Service Bus SDK is not available here. MessageId
/// gives the queue's duplicate detection a key, SessionId = order id keeps one order's messages in order, and
/// ScheduledEnqueueTimeUtc holds a retry back until its back-off is over.
/// </summary>
/// <param name="http">A client per send, so the client factory can renew its handlers under this long-lived publisher.</param>
internal sealed class ServiceBusRestMessagePublisher(
    Func<HttpClient> http,
    ServiceBusConnection connection,
    string queueName,
    TokenCredential? credential,
    TimeProvider clock,
    StorageOperationCounter counter) : IMessagePublisher
{
    private static readonly string[] Scopes = ["https://servicebus.azure.net/.default"];
    private static readonly TimeSpan SasLifetime = TimeSpan.FromMinutes(20);

    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var resource = $"https://{connection.FullyQualifiedNamespace}/{queueName}";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{resource}/messages")
        {
            Content = new StringContent(OrderMessageSerializer.Serialize(OrderMessage.From(message)), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", await AuthorizationAsync(resource, cancellationToken));
        request.Headers.TryAddWithoutValidation("BrokerProperties", JsonSerializer.Serialize(
            new BrokerProperties(message.MessageId, message.OrderId, message.Type, message.NotBefore?.UtcDateTime.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            BrokerPropertiesJson));

        using var response = await http().SendAsync(request, cancellationToken);
        counter.Count("servicebus.send");
        if ((int)response.StatusCode != 201)
        {
            throw new ServiceBusSendException((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
    }

    private async Task<string> AuthorizationAsync(string resource, CancellationToken cancellationToken)
    {
        if (connection.UsesSharedAccessKey)
        {
            return SharedAccessSignature.Create(resource, connection.SharedAccessKeyName!, connection.SharedAccessKey!, clock.GetUtcNow() + SasLifetime);
        }

        var token = await (credential ?? throw new InvalidOperationException("No credential for Service Bus."))
            .GetTokenAsync(new TokenRequestContext(Scopes), cancellationToken);
        return new AuthenticationHeaderValue("Bearer", token.Token).ToString();
    }

    private static readonly JsonSerializerOptions BrokerPropertiesJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <param name="ScheduledEnqueueTimeUtc">RFC 1123, as the REST API wants it; absent for immediate delivery.</param>
    private sealed record BrokerProperties(string MessageId, string SessionId, string Label, string? ScheduledEnqueueTimeUtc);
}
