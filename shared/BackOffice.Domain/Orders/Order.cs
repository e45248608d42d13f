using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders;

/// <summary>
/// One order's lifecycle. Each method is one transition: it checks its rules, changes the state and raises the event
/// that says so; a transition that is not possible throws, it never silently does nothing.
/// </summary>
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
        Risk = snapshot.Risk ?? RiskState.NotStarted;
        Charge = snapshot.Charge;
        StockReserved = snapshot.StockReserved;
        Invoice = snapshot.Invoice;
        Shipment = snapshot.Shipment;
        Attention = snapshot.Attention;
        PendingCompensations = snapshot.PendingCompensations ?? Compensations.None;
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

    public RiskState Risk { get; private set; }

    public ChargeInfo? Charge { get; private set; }

    public bool StockReserved { get; private set; }

    public InvoiceInfo? Invoice { get; private set; }

    public ShipmentInfo? Shipment { get; private set; }

    public AttentionInfo? Attention { get; private set; }

    /// <summary>Undo steps of a cancellation not yet confirmed done at the partners.</summary>
    public Compensations PendingCompensations { get; private set; }

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
        Risk = new RiskState(RiskStatus.Analysing, null);
        Record(new RiskAnalysisStarted(Id, cause, now));
    }

    public void ApproveRisk(string providerCode, Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.RiskReview, "decide on risk"));
        MoveTo(OrderStatus.AwaitingPayment);
        Risk = new RiskState(RiskStatus.Approved, providerCode);
        Record(new RiskApproved(Id, providerCode, cause, now));
    }

    public void RequestRiskReview(string providerCode, Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.RiskReview, "ask for a risk review"));
        CheckRule(new RiskMustBeAnalysingRule(Risk));
        Risk = new RiskState(RiskStatus.UnderReview, providerCode);
        Record(new RiskReviewRequested(Id, providerCode, cause, now));
    }

    public void DenyRisk(string providerCode, Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.RiskReview, "decide on risk"));
        MoveTo(OrderStatus.Cancelled);
        Risk = new RiskState(RiskStatus.Denied, providerCode);
        var compensations = StartCompensations();
        Record(new RiskDenied(Id, providerCode, compensations, cause, now));
    }

    /// <summary>Records the gateway's charge as it is now; linking it again with a newer state is how its progress is noted.</summary>
    public void LinkCharge(ChargeInfo charge, Cause cause, DateTimeOffset now)
    {
        Charge = charge;
        Record(new ChargeLinked(Id, Status, charge, cause, now));
    }

    public void ApprovePayment(long paidCents, Cause cause, DateTimeOffset now)
    {
        CheckRule(new ChargeMustBeLinkedRule(Charge));
        CheckRule(new PaidAmountMustCoverTotalRule(paidCents, Amounts));
        MoveTo(OrderStatus.PaymentApproved);
        Charge = Charge! with { State = ChargeState.Paid, PaidCents = paidCents };
        Record(new PaymentApproved(Id, Charge.ChargeId, paidCents, cause, now));
    }

    public void DeclinePayment(string reason, Cause cause, DateTimeOffset now)
    {
        CheckRule(new ChargeMustBeLinkedRule(Charge));
        MoveTo(OrderStatus.Cancelled);
        Charge = Charge! with { State = ChargeState.Declined };
        var compensations = StartCompensations();
        Record(new PaymentDeclined(Id, reason, compensations, cause, now));
    }

    public void ExpirePayment(Cause cause, DateTimeOffset now)
    {
        CheckRule(new PaymentMustBeOverdueToExpireRule(Charge, now));
        MoveTo(OrderStatus.Cancelled);
        var compensations = StartCompensations();
        Charge = Charge! with { State = ChargeState.Expired };
        Record(new PaymentExpired(Id, compensations, cause, now));
    }

    public void ReserveStock(Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.PaymentApproved, "reserve stock"));
        CheckRule(new StockMustNotBeReservedRule(StockReserved));
        StockReserved = true;
        Record(new StockReserved(Id, cause, now));
    }

    /// <summary>Starts an NF-e attempt; a new attempt after a rejection gets a new reference, as the fiscal API requires.</summary>
    public void RequestInvoice(Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.PaymentApproved, "request the NF-e"));
        CheckRule(new InvoiceMustNotBePendingRule(Invoice));
        CheckRule(new StockMustBeReservedBeforeInvoicingRule(StockReserved));
        CheckRule(new RecipientMustHaveTaxIdRule(Customer));
        var attempt = (Invoice?.Attempt ?? 0) + 1;
        Invoice = new InvoiceInfo($"{Id.Value}-nfe-{attempt}", attempt, InvoiceState.Requested);
        Record(new InvoiceRequested(Id, Invoice.Reference, attempt, cause, now));
    }

    public void AuthorizeInvoice(string accessKey, string number, string series, string xmlLocation, string danfeLocation, Cause cause, DateTimeOffset now)
    {
        CheckRule(new InvoiceMustBeRequestedRule(Invoice));
        MoveTo(OrderStatus.Invoiced);
        Invoice = Invoice! with
        {
            State = InvoiceState.Authorized, AccessKey = accessKey, Number = number, Series = series,
            XmlLocation = xmlLocation, DanfeLocation = danfeLocation, AuthorizedAt = now,
        };
        Record(new InvoiceAuthorized(Id, Invoice, cause, now));
    }

    public void RejectInvoice(string reason, Cause cause, DateTimeOffset now)
    {
        CheckRule(new InvoiceMustBeRequestedRule(Invoice));
        var resumeTo = Status;
        MoveTo(OrderStatus.NeedsAttention);
        Invoice = Invoice! with { State = InvoiceState.Rejected, RejectionReason = reason };
        Attention = new AttentionInfo($"SEFAZ rejected the NF-e: {reason}", resumeTo);
        Record(new InvoiceRejected(Id, Invoice.Reference, reason, cause, now));
    }

    public void RecordLabelCart(string labelId, Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.Invoiced, "put a label in the carrier's cart"));
        CheckRule(new LabelMustNotBeInCartRule(Shipment));
        Shipment = new ShipmentInfo(labelId, null, null);
        Record(new LabelCartCreated(Id, labelId, cause, now));
    }

    public void PurchaseLabel(string labelId, string? trackingCode, string? labelLocation, Cause cause, DateTimeOffset now)
    {
        MoveTo(OrderStatus.ReadyToShip);
        Shipment = new ShipmentInfo(labelId, trackingCode, labelLocation);
        Record(new LabelPurchased(Id, Shipment, cause, now));
    }

    public void Ship(string? trackingCode, DateTimeOffset postedAt, Cause cause, DateTimeOffset now)
    {
        MoveTo(OrderStatus.Shipped);
        Shipment = (Shipment ?? new ShipmentInfo("unknown", trackingCode, null)) with
        {
            TrackingCode = trackingCode ?? Shipment?.TrackingCode, PostedAt = postedAt,
        };
        Record(new OrderShipped(Id, Shipment.TrackingCode, postedAt, cause, now));
    }

    public void Deliver(DateTimeOffset deliveredAt, Cause cause, DateTimeOffset now)
    {
        MoveTo(OrderStatus.Delivered);
        Shipment = Shipment! with { DeliveredAt = deliveredAt, FailureReason = null };
        Record(new OrderDelivered(Id, deliveredAt, cause, now));
    }

    public void FailDelivery(string reason, Cause cause, DateTimeOffset now)
    {
        MoveTo(OrderStatus.DeliveryFailed);
        Shipment = Shipment! with { FailureReason = reason };
        Record(new DeliveryFailed(Id, reason, cause, now));
    }

    /// <summary>Stops the order for a person, remembering where it was so it can resume there.</summary>
    public void RequireAttention(string reason, Cause cause, DateTimeOffset now)
    {
        var resumeTo = Status;
        MoveTo(OrderStatus.NeedsAttention);
        Attention = new AttentionInfo(reason, resumeTo);
        Record(new AttentionRequired(Id, reason, resumeTo, cause, now));
    }

    public void Resume(Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustNeedAttentionToResumeRule(Attention));
        var resumeTo = Attention!.ResumeTo;
        MoveTo(resumeTo);
        Attention = null;
        Record(new OrderResumed(Id, resumeTo, cause, now));
    }

    public void Cancel(string reason, Cause cause, DateTimeOffset now)
    {
        CheckRule(new ShippedOrderCannotBeCancelledRule(Status));
        CheckRule(new InvoiceMustBeWithinCancellationWindowRule(Invoice, now));
        MoveTo(OrderStatus.Cancelled);
        Attention = null;
        var compensations = StartCompensations();
        Record(new OrderCancelled(Id, reason, compensations, cause, now));
    }

    /// <summary>Confirms one undo step of a cancellation; confirming a step that is not pending is an error.</summary>
    public void CompleteCompensation(CompensationKind kind, Cause cause, DateTimeOffset now)
    {
        CheckRule(new CompensationMustBePendingRule(PendingCompensations, kind));
        PendingCompensations = kind switch
        {
            CompensationKind.ChargeVoided => PendingCompensations with { VoidCharge = false },
            CompensationKind.ChargeRefunded => PendingCompensations with { RefundCharge = false },
            CompensationKind.InvoiceCancelled => PendingCompensations with { CancelInvoice = false },
            _ => PendingCompensations with { ReleaseStock = false },
        };
        switch (kind)
        {
            case CompensationKind.ChargeVoided:
                // Null when the gateway turned out to hold no charge for the order: nothing was there to void.
                Charge = Charge is null ? null : Charge with { State = ChargeState.Voided };
                break;
            case CompensationKind.ChargeRefunded:
                Charge = Charge! with { State = ChargeState.Refunded };
                break;
            case CompensationKind.InvoiceCancelled:
                Invoice = Invoice! with { State = InvoiceState.Cancelled };
                break;
            default:
                StockReserved = false;
                break;
        }

        Record(new CompensationCompleted(Id, Status, kind, cause, now));
    }

    /// <summary>Records a partner's callback on the timeline without changing the status.</summary>
    public void NoteCallback(string partner, string partnerEvent, Cause cause, DateTimeOffset now) =>
        Record(new PartnerCallbackReceived(Id, Status, partner, partnerEvent, cause, now));

    /// <summary>Records on the timeline that a person replayed one of the order's dead-lettered messages.</summary>
    public void NoteDeadLetterReplay(string messageType, string messageId, bool alreadyDone, Cause cause, DateTimeOffset now) =>
        Record(new DeadLetterReplayed(Id, Status, messageType, messageId, alreadyDone, cause, now));

    public OrderSnapshot ToSnapshot() => new(
        Id, Channel, ExternalId, Status, PlacedAt, ReceivedAt, UpdatedAt, Amounts, Lines, Customer, ShippingAddress, Payment, _timeline,
        Risk, Charge, StockReserved, Invoice, Shipment, Attention, PendingCompensations);

    private Compensations StartCompensations()
    {
        PendingCompensations = Compensations.For(Charge, Invoice, StockReserved);
        return PendingCompensations;
    }

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
