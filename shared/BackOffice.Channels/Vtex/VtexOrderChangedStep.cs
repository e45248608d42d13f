using System.Globalization;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Processing;

namespace BackOffice.Channels.Vtex;

/// <summary>
/// Reads the order behind a VTEX hook notification, after the hook was answered, and hands it to the ingestion. An order
/// VTEX does not return yet (its own lag) fails the message, so the transport retries it and finally parks it on the
/// dead-letter list; an order the hub cannot map is parked for a person by the ingestion.
/// </summary>
public sealed class VtexOrderChangedStep(VtexOrderIngestion ingestion) : IIntakeMessageStep
{
    public const string State = "vtexState";
    public const string LastChange = "vtexLastChange";
    public const string VtexOrderId = "vtexOrderId";
    public const string Body = "vtexHook";

    public string MessageType => VtexOrderHook.MessageType;

    public async Task ExecuteAsync(OrderMessage message, CancellationToken cancellationToken)
    {
        if (message.Data?.GetValueOrDefault(VtexOrderId) is not { } orderId
            || message.Data.GetValueOrDefault(State) is not { } state
            || !DateTimeOffset.TryParse(message.Data.GetValueOrDefault(LastChange), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var lastChange))
        {
            throw new UnprocessableMessageException($"{message.Type} {message.MessageId} does not name a VTEX order, state and time.");
        }

        var body = System.Text.Encoding.UTF8.GetBytes(message.Data.GetValueOrDefault(Body) ?? "{}");
        var outcome = await ingestion.IngestAsync(new VtexNotification(orderId, state, lastChange, body), cancellationToken);
        if (outcome is WebhookOutcome.Rejected rejected)
        {
            throw new InvalidOperationException($"VTEX order {orderId} ({state}) not taken in yet: {rejected.Detail}");
        }
    }
}
