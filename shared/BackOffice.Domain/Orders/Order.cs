using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders;

public sealed class Order : AggregateRoot
{
    private readonly List<TimelineEntry> _timeline;

    private Order(OrderSnapshot snapshot)
    {
        Id = snapshot.Id;
        Channel = snapshot.Channel;
        ExternalId = snapshot.ExternalId;
        Status = snapshot.Status;
        PlacedAt = snapshot.PlacedAt;
        ReceivedAt = snapshot.ReceivedAt;
        UpdatedAt = snapshot.UpdatedAt;
        Amounts = snapshot.Amounts;
        Lines = snapshot.Lines;
        Customer = snapshot.Customer;
        ShippingAddress = snapshot.ShippingAddress;
        Payment = snapshot.Payment;
        _timeline = [.. snapshot.Timeline];
    }

    public OrderId Id { get; }

    public SalesChannel Channel { get; }

    public string ExternalId { get; }

    public OrderStatus Status { get; private set; }

    public DateTimeOffset PlacedAt { get; }

    public DateTimeOffset ReceivedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public OrderAmounts Amounts { get; }

    public IReadOnlyList<OrderLine> Lines { get; }

    public Customer Customer { get; }

    public Address? ShippingAddress { get; }

    public Payment Payment { get; }

    public IReadOnlyList<TimelineEntry> Timeline => _timeline;

    public static Order Receive(OrderPlacement placement, Cause cause, DateTimeOffset now)
    {
        foreach (var rule in OrderPlacementRules.For(placement))
        {
            CheckRule(rule);
        }

        var id = OrderId.For(placement.Channel, placement.ExternalId);
        var order = new Order(new OrderSnapshot(
            id,
            placement.Channel,
            placement.ExternalId,
            OrderStatus.Received,
            placement.PlacedAt,
            now,
            now,
            placement.Amounts,
            placement.Lines,
            placement.Customer,
            placement.ShippingAddress,
            placement.Payment,
            []));
        order.Record(new OrderReceived(id, placement.Channel, cause, now));
        return order;
    }

    public static Order Restore(OrderSnapshot snapshot) => new(snapshot);

    public void StartRiskAnalysis(Cause cause, DateTimeOffset now)
    {
        MoveTo(OrderStatus.RiskReview);
        Record(new RiskAnalysisStarted(Id, cause, now));
    }

    /// <summary>Records a partner's callback on the timeline without changing the status.</summary>
    public void NoteCallback(string partner, string partnerEvent, Cause cause, DateTimeOffset now) =>
        Record(new PartnerCallbackReceived(Id, Status, partner, partnerEvent, cause, now));

    public OrderSnapshot ToSnapshot() => new(
        Id, Channel, ExternalId, Status, PlacedAt, ReceivedAt, UpdatedAt, Amounts, Lines, Customer, ShippingAddress, Payment, _timeline);

    private void MoveTo(OrderStatus next)
    {
        CheckRule(new StatusTransitionMustBeAllowedRule(Status, next));
        Status = next;
    }

    private void Record(OrderEvent orderEvent)
    {
        UpdatedAt = orderEvent.OccurredAt;
        _timeline.Add(new TimelineEntry(orderEvent.OccurredAt, orderEvent.Name, orderEvent.StatusAfter, orderEvent.Cause, orderEvent.Detail));
        AddDomainEvent(orderEvent);
    }
}
