using BackOffice.Application.Messaging;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;

namespace BackOffice.Application.Orders;

/// <summary>
/// An order with what is stored beside it in the same document: the outbox of messages not yet sent, the inbox of
/// message ids already handled, and the ids of the messages last sent. One document means one atomic write for the state
/// change, its messages and its dedup.
/// </summary>
public sealed class TrackedOrder
{
    // Redeliveries arrive within minutes; a bounded window keeps the document small. The sent list keeps as many.
    private const int InboxCapacity = 100;

    private readonly List<OutboxMessage> _outbox;
    private readonly List<string> _inbox;
    private readonly List<string> _sent;

    /// <param name="sent">Null for an order stored before the sent list was kept.</param>
    public TrackedOrder(Order order, string? etag, IEnumerable<OutboxMessage> outbox, IEnumerable<string> inbox, IEnumerable<string>? sent = null)
    {
        Order = order;
        ETag = etag;
        _outbox = [.. outbox];
        _inbox = [.. inbox];
        _sent = [.. sent ?? []];
    }

    public Order Order { get; }

    /// <summary>Null until the order is first stored.</summary>
    public string? ETag { get; set; }

    public IReadOnlyList<OutboxMessage> Outbox => _outbox;

    public IReadOnlyList<string> Inbox => _inbox;

    /// <summary>
    /// The ids of the latest messages that left the outbox for the queue (oldest first, at most 100): with the outbox
    /// empty, every message a change made is here, so what a change did not send is known too (a test's known event).
    /// </summary>
    public IReadOnlyList<string> Sent => _sent;

    /// <summary>
    /// When the storefront last changed the order, as the storefront tells it (Shopify's <c>updated_at</c>, VTEX's
    /// <c>LastChange</c>) in the newest event applied; an event older than this is acknowledged without change.
    /// </summary>
    public DateTimeOffset? StorefrontVersion { get; set; }

    /// <summary>When the due-work sweep last followed the order up and found nothing to change: its next due time counts from here.</summary>
    public DateTimeOffset? CheckedAt { get; set; }

    /// <summary>
    /// How many follow-ups in a row, since the order last changed, found nothing to change: the sweep's wait backs off
    /// with it (<see cref="Processing.DueWork"/>).
    /// </summary>
    public int FollowUps { get; set; }

    /// <summary>Notes a follow-up by the due-work sweep: one more in a row when it changed nothing, else a new count.</summary>
    public void NoteFollowUp(DateTimeOffset at, bool changedTheOrder)
    {
        var inARow = CheckedAt is { } last && last >= Order.UpdatedAt;
        FollowUps = changedTheOrder ? 0 : (inARow ? FollowUps : 0) + 1;
        CheckedAt = at;
    }

    public static TrackedOrder New(Order order)
    {
        var tracked = new TrackedOrder(order, null, [], []);
        tracked.CollectOutbox();
        return tracked;
    }

    /// <summary>True when the storefront event of <paramref name="version"/> is older than one already applied.</summary>
    public bool IsStale(DateTimeOffset? version) => version is { } at && StorefrontVersion is { } applied && at < applied;

    /// <summary>Remembers the newest storefront event applied; an older one never moves the mark back.</summary>
    public void AdvanceStorefrontVersion(DateTimeOffset? version)
    {
        if (version is { } at && (StorefrontVersion is null || at > StorefrontVersion))
        {
            StorefrontVersion = at.ToUniversalTime();
        }
    }

    public bool HasProcessed(string messageId) => _inbox.Contains(messageId);

    public void MarkProcessed(string messageId) => AddBounded(_inbox, [messageId]);

    /// <summary>Moves the order's new domain events into the outbox as messages (an event may make several).</summary>
    public void CollectOutbox()
    {
        var firstNewPosition = Order.Timeline.Count - Order.DomainEvents.Count;
        foreach (var (domainEvent, index) in Order.DomainEvents.Select((domainEvent, index) => (domainEvent, index)))
        {
            if (domainEvent is OrderEvent orderEvent)
            {
                _outbox.AddRange(OutboxMessageFactory.For(orderEvent, firstNewPosition + index, Order.Channel));
                _outbox.AddRange(StoreEvents.StoreEventMessages.For(Order, firstNewPosition + index));
            }
        }

        Order.ClearDomainEvents();
    }

    /// <summary>Takes the sent messages out of the outbox and lists them as sent.</summary>
    public void RemoveFromOutbox(IReadOnlyCollection<string> messageIds)
    {
        AddBounded(_sent, [.. _outbox.Where(message => messageIds.Contains(message.MessageId)).Select(message => message.MessageId)]);
        _outbox.RemoveAll(message => messageIds.Contains(message.MessageId));
    }

    private static void AddBounded(List<string> window, IReadOnlyCollection<string> ids)
    {
        window.AddRange(ids);
        if (window.Count > InboxCapacity)
        {
            window.RemoveRange(0, window.Count - InboxCapacity);
        }
    }
}
