using BackOffice.Application.Messaging;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.StoreEvents;

/// <summary>
/// The outbox side: an order in the hub's own format gets a <see cref="OrderMessageTypes.NotifyStore"/> message for each
/// event its store hears of, written with the change that made it. The message only wakes the courier; what is sent,
/// and in which order, is the courier's.
/// </summary>
public static class StoreEventMessages
{
    public const string Suffix = ":store";

    public static IEnumerable<OutboxMessage> For(Order order, int position)
    {
        if (order.Channel != SalesChannel.Hub || StoreEventTypes.TypeAt(order.Timeline, position) is null)
        {
            yield break;
        }

        var entry = order.Timeline[position];
        yield return Message($"{order.Id.Value}:{position}:{entry.Event}{Suffix}", order.Id, position, entry.At, notBefore: null);
    }

    /// <summary>A later attempt at one event (its back-off, or a look after another delivery's lease).</summary>
    /// <param name="reason">Makes the id: one message per attempt (<c>attempt-3</c>) or per lease looked after (<c>lease-2</c>).</param>
    public static OutboxMessage Retry(OrderId orderId, int sequence, string reason, DateTimeOffset now, DateTimeOffset notBefore) =>
        Message($"{orderId.Value}:{sequence}{Suffix}:{reason}", orderId, sequence, now, notBefore);

    public static int? SequenceOf(OrderMessage message) =>
        int.TryParse(message.Data?.GetValueOrDefault(OrderMessageData.Sequence), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;

    private static OutboxMessage Message(string id, OrderId orderId, int sequence, DateTimeOffset at, DateTimeOffset? notBefore) =>
        new(id, OrderMessageTypes.NotifyStore, orderId.Value, at,
            new Dictionary<string, string> { [OrderMessageData.Sequence] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            notBefore);
}
