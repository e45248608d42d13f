using System.Text;
using BackOffice.Application.Messaging;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Intake;

/// <summary>
/// The webhook ack's one durable write: a message on the order queue carrying the verified delivery (its raw body and
/// the headers that matter), handled afterwards by the channel's intake step, which does what the ack used to do
/// (de-duplicate, archive, create or change the order, index, record the delivery). A body too large for a queue
/// message is archived first and the message points at it: Storage queues take 64 KiB after base64, i.e. 48 KiB of
/// text (learn.microsoft.com/azure/storage/queues/scalability-targets), Service Bus standard 256 KiB.
/// </summary>
public sealed class IntakeQueue(IMessagePublisher publisher, IRawPayloadArchive archive, TimeProvider clock)
{
    public const string Body = "body";
    public const string BodyAt = "bodyAt";
    public const string DeliveryId = "deliveryId";

    /// <summary>Serialized message text that still fits a Storage queue message, with room for the trace context.</summary>
    public const int InlineLimit = 46 * 1024;

    /// <param name="headers">The delivery's headers the intake needs again (topic, ids), by header name.</param>
    public async Task EnqueueAsync(
        string messageType, InboundDelivery delivery, OrderId orderId, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, string>(headers ?? new Dictionary<string, string>()) { [DeliveryId] = delivery.DeliveryId };
        var message = new OutboxMessage(MessageIdFor(messageType, orderId, delivery.DeliveryId), messageType, orderId.Value, clock.GetUtcNow(), data);
        data[Body] = Encoding.UTF8.GetString(delivery.RawBody.Span);
        if (Encoding.UTF8.GetByteCount(OrderMessageSerializer.Serialize(OrderMessage.From(message))) > InlineLimit)
        {
            // The same blob the intake archives the delivery under: the large case costs one write more, not one blob more.
            data.Remove(Body);
            data[BodyAt] = await archive.StoreAsync(delivery.Source, delivery.DeliveryId, delivery.RawBody, cancellationToken);
        }

        await publisher.PublishAsync(message, cancellationToken);
    }

    /// <summary>
    /// One id per delivery, so Service Bus duplicate detection drops a resent copy; hashed when too long for its 128
    /// characters (learn.microsoft.com/dotnet/api/azure.messaging.servicebus.servicebusmessage.messageid).
    /// </summary>
    public static string MessageIdFor(string messageType, OrderId orderId, string deliveryId)
    {
        var id = $"{orderId.Value}:{messageType}:{deliveryId}";
        return id.Length <= 128
            ? id
            : $"{messageType}:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(id)))}";
    }

    /// <summary>The delivery a message of <see cref="EnqueueAsync"/> carries.</summary>
    public async Task<QueuedDelivery> ReadAsync(OrderMessage message, CancellationToken cancellationToken)
    {
        var data = message.Data ?? new Dictionary<string, string>();
        if (data.GetValueOrDefault(DeliveryId) is not { } deliveryId)
        {
            throw new UnprocessableMessageException($"{message.Type} {message.MessageId} names no delivery.");
        }

        if (data.GetValueOrDefault(Body) is { } inline)
        {
            return new QueuedDelivery(deliveryId, Encoding.UTF8.GetBytes(inline), data);
        }

        if (data.GetValueOrDefault(BodyAt) is not { } location)
        {
            throw new UnprocessableMessageException($"{message.Type} {message.MessageId} carries no body.");
        }

        // Not unprocessable: a blob read may fail for a moment, and the retries then find it.
        var body = await archive.ReadAsync(location, cancellationToken)
                   ?? throw new InvalidOperationException($"{message.Type} {message.MessageId}: no body at {location}.");
        return new QueuedDelivery(deliveryId, body, data);
    }
}

/// <param name="Headers">The message's data: the headers kept at the ack, by header name.</param>
public sealed record QueuedDelivery(string DeliveryId, ReadOnlyMemory<byte> Body, IReadOnlyDictionary<string, string> Headers);
