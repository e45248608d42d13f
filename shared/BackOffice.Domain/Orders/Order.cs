using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.Shipping;
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
        Delivery = snapshot.Delivery ?? CustomerDelivery.None;
        LabelClaim = snapshot.LabelClaim;
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

    /// <summary>The customer's shipping choice and promised date as the storefront said them (all parts optional).</summary>
    public CustomerDelivery Delivery { get; }

    public IReadOnlyList<TimelineEntry> Timeline => _timeline;

    public RiskState Risk { get; private set; }

    public ChargeInfo? Charge { get; private set; }

    public bool StockReserved { get; private set; }

    public InvoiceInfo? Invoice { get; private set; }

    public ShipmentInfo? Shipment { get; private set; }

    public AttentionInfo? Attention { get; private set; }

    /// <summary>The run of the label step that may call the carrier now (see <see cref="ClaimLabelWork"/>); null once the label is bought.</summary>
    public LabelWorkClaim? LabelClaim { get; private set; }

    /// <summary>Undo steps of a cancellation not yet confirmed done at the partners.</summary>
    public Compensations PendingCompensations { get; private set; }

    /// <summary>What the order waits for next; steps ask this before they call a partner and again inside their change.</summary>
    public OrderWork NextWork => this switch
    {
        { PendingCompensations.Any: true } => OrderWork.Compensation,
        { Status: OrderStatus.Received } => OrderWork.StartRiskAnalysis,
        { Status: OrderStatus.RiskReview, Risk.Status: RiskStatus.UnderReview } => OrderWork.ManualRiskReview,
        { Status: OrderStatus.RiskReview } => OrderWork.RiskDecision,
        { Status: OrderStatus.AwaitingPayment } => OrderWork.Payment,
        { Status: OrderStatus.PaymentApproved, StockReserved: false } => OrderWork.ReserveStock,
        { Status: OrderStatus.PaymentApproved, Invoice.State: InvoiceState.Requested } => OrderWork.InvoiceAuthorization,
        { Status: OrderStatus.PaymentApproved } => OrderWork.RequestInvoice,
        { Status: OrderStatus.Invoiced, Shipment: null } => OrderWork.AddLabelToCart,
        { Status: OrderStatus.Invoiced } => OrderWork.PurchaseLabel,
        { Status: OrderStatus.ReadyToShip } => OrderWork.Pickup,
        { Status: OrderStatus.Shipped or OrderStatus.DeliveryFailed } => OrderWork.Delivery,
        { Status: OrderStatus.NeedsAttention } => OrderWork.Person,
        _ => OrderWork.None,
    };

    public bool AwaitsRiskAnalysisStart => NextWork == OrderWork.StartRiskAnalysis;

    /// <summary>In risk review, automatic or manual: an answer from the anti-fraud service may still come.</summary>
    public bool AwaitsRiskDecision => NextWork is OrderWork.RiskDecision or OrderWork.ManualRiskReview;

    public bool AwaitsPayment => NextWork == OrderWork.Payment;

    public bool AwaitsStock => NextWork == OrderWork.ReserveStock;

    /// <summary>Stock reserved, and no NF-e attempt is with SEFAZ (none yet, or the last one was rejected).</summary>
    public bool AwaitsInvoiceRequest => NextWork == OrderWork.RequestInvoice;

    public bool AwaitsInvoice => NextWork == OrderWork.InvoiceAuthorization;

    public bool AwaitsLabelCart => NextWork == OrderWork.AddLabelToCart;

    public bool AwaitsLabelPurchase => NextWork == OrderWork.PurchaseLabel;

    /// <summary>The label is not bought yet: whether or not one is in the carrier's cart, the label step has work to do.</summary>
    public bool AwaitsLabel => AwaitsLabelCart || AwaitsLabelPurchase;

    /// <summary>A label is bought and the parcel is not delivered yet: the carrier's tracking moves the order.</summary>
    public bool AwaitsCarrier => NextWork is OrderWork.Pickup or OrderWork.Delivery;

    public bool CanRequireAttention => OrderStatusTransitions.IsAllowed(Status, OrderStatus.NeedsAttention);

    /// <summary>The first rule an NF-e for this order would break at SEFAZ (no tax id, incomplete address), if any.</summary>
    public IBusinessRule? BrokenInvoiceRecipientRule =>
        new IBusinessRule[] { new RecipientMustHaveTaxIdRule(Customer), new RecipientAddressMustBeCompleteRule(ShippingAddress) }
            .FirstOrDefault(rule => rule.IsBroken());

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
            [],
            Delivery: placement.Delivery));
        order.Record(new OrderReceived(id, placement.Channel, cause, now));
        return order;
    }

    public static Order Restore(OrderSnapshot snapshot) => new(snapshot);

    public void StartRiskAnalysis(Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.Received, "start the risk analysis"));
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

    /// <summary>Keeps how the customer pays the linked PIX or boleto; issuing the same instructions again is an error.</summary>
    public void IssuePaymentInstructions(ChargeInstructions instructions, Cause cause, DateTimeOffset now)
    {
        CheckRule(new ChargeMustBeLinkedRule(Charge));
        CheckRule(new InstructionsMustBeNewRule(Charge!.Instructions, instructions));
        Charge = Charge with { Instructions = instructions };
        Record(new PaymentInstructionsIssued(Id, Status, Charge.ChargeId, instructions, Charge.ExpiresAt, cause, now));
    }

    public void ApprovePayment(long paidCents, Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.AwaitingPayment, "approve the payment"));
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
        CheckRule(new RecipientAddressMustBeCompleteRule(ShippingAddress));
        var attempt = (Invoice?.Attempt ?? 0) + 1;
        Invoice = new InvoiceInfo($"{Id.Value}-nfe-{attempt}", attempt, InvoiceState.Requested);
        Record(new InvoiceRequested(Id, Invoice.Reference, attempt, cause, now));
    }

    public void AuthorizeInvoice(string accessKey, string number, string series, string xmlLocation, string danfeLocation, Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.PaymentApproved, "record the authorized NF-e"));
        CheckRule(new InvoiceMustBeRequestedRule(Invoice));
        CheckRule(new InvoiceMustBeCompleteRule(accessKey, xmlLocation));
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

    /// <summary>
    /// Records which carrier service the parcel goes by and why, before the label is put in the cart; a choice that
    /// misses the promised date also says so, for ops to warn the customer. Only while no label is in the cart: once one
    /// is, its service is the one the parcel goes by.
    /// </summary>
    /// <param name="note">What else ops should know about the choice (the storefront named a service the settings do not map).</param>
    public void ChooseCarrierService(ServiceChoice choice, string? note, Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.Invoiced, "choose the carrier service"));
        CheckRule(new LabelMustNotBeInCartRule(Shipment));
        Record(new CarrierServiceChosen(Id, choice.Service, choice.Reason, note, cause, now));
        if (choice.PromiseAtRisk)
        {
            Record(new DeliveryPromiseAtRisk(Id, choice.Service, choice.Reason, cause, now));
        }
    }

    /// <summary>
    /// Gives one run of the label step the label work until <paramref name="until"/>, before it calls the carrier; the
    /// holder calls it again to extend its claim. Refused while another run's claim is live; a lapsed one is taken over,
    /// and the event says so.
    /// </summary>
    /// <param name="claimant">The run (unique per run of the step, not per message: copies of a message share its ids).</param>
    public void ClaimLabelWork(string claimant, DateTimeOffset until, Cause cause, DateTimeOffset now)
    {
        CheckRule(new LabelWorkMustBeNextRule(NextWork));
        CheckRule(new LabelWorkMustNotBeClaimedByAnotherRule(LabelClaim, claimant, now));
        var extended = LabelClaim?.Claimant == claimant;
        var lapsed = LabelClaim is { } previous && !extended ? previous : null;
        LabelClaim = new LabelWorkClaim(claimant, until);
        Record(new LabelWorkClaimed(Id, claimant, until, extended, lapsed, cause, now));
    }

    /// <summary>Whether another run's claim on the label work is live, so this run must wait.</summary>
    public bool IsLabelClaimedByAnother(string claimant, DateTimeOffset now) => new LabelWorkMustNotBeClaimedByAnotherRule(LabelClaim, claimant, now).IsBroken();

    /// <summary>Whether this run still holds the label work (lapsed or not: a lapsed claim nobody took over is still its own).</summary>
    public bool HoldsLabelClaim(string claimant) => LabelClaim?.Claimant == claimant;

    /// <summary>The holder failed and lets go of the label work, so that the next run need not wait for its claim to lapse.</summary>
    public void ReleaseLabelWork(string claimant, string reason, Cause cause, DateTimeOffset now)
    {
        CheckRule(new LabelWorkMustBeClaimedByRule(LabelClaim, claimant));
        LabelClaim = null;
        Record(new LabelWorkReleased(Id, Status, claimant, reason, cause, now));
    }

    /// <param name="service">The carrier service chosen for the parcel, kept for the warehouse's manifest.</param>
    /// <param name="weightGrams">The parcel's weight as declared to the carrier.</param>
    /// <param name="extendedClaim">The claim of the run that put the label in the cart, extended for the payment that follows; only that run's.</param>
    public void RecordLabelCart(string labelId, Cause cause, DateTimeOffset now, string? service = null, int? weightGrams = null, LabelWorkClaim? extendedClaim = null)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.Invoiced, "put a label in the carrier's cart"));
        CheckRule(new LabelMustNotBeInCartRule(Shipment));
        if (extendedClaim is not null)
        {
            CheckRule(new LabelWorkMustBeClaimedByRule(LabelClaim, extendedClaim.Claimant));
            LabelClaim = extendedClaim;
        }

        Shipment = new ShipmentInfo(labelId, null, null, Service: service, WeightGrams: weightGrams);
        Record(new LabelCartCreated(Id, labelId, cause, now));
    }

    public void PurchaseLabel(string labelId, string? trackingCode, string? labelLocation, Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustBeInStatusRule(Status, OrderStatus.Invoiced, "buy the label"));
        CheckRule(new LabelMustBeInCartRule(Shipment, labelId));
        MoveTo(OrderStatus.ReadyToShip);
        Shipment = Shipment! with { TrackingCode = trackingCode, LabelLocation = labelLocation, PurchasedAt = now };
        LabelClaim = null;
        Record(new LabelPurchased(Id, Shipment, cause, now));
    }

    public void Ship(string? trackingCode, DateTimeOffset postedAt, Cause cause, DateTimeOffset now)
    {
        CheckRule(new LabelMustBePurchasedRule(Shipment));
        MoveTo(OrderStatus.Shipped);
        Shipment = Shipment! with { TrackingCode = trackingCode ?? Shipment.TrackingCode, PostedAt = postedAt };
        Record(new OrderShipped(Id, Shipment.TrackingCode, postedAt, cause, now));
    }

    public void Deliver(DateTimeOffset deliveredAt, Cause cause, DateTimeOffset now)
    {
        CheckRule(new LabelMustBePurchasedRule(Shipment));
        MoveTo(OrderStatus.Delivered);
        Shipment = Shipment! with { DeliveredAt = deliveredAt, FailureReason = null };
        Record(new OrderDelivered(Id, deliveredAt, cause, now));
    }

    public void FailDelivery(string reason, Cause cause, DateTimeOffset now)
    {
        CheckRule(new LabelMustBePurchasedRule(Shipment));
        MoveTo(OrderStatus.DeliveryFailed);
        Shipment = Shipment! with { FailureReason = reason };
        Record(new DeliveryFailed(Id, reason, cause, now));
    }

    /// <summary>Stops the order for a person, remembering where it was so it can resume there.</summary>
    /// <param name="step">The step that could not go on (a message type), when a step stopped the order.</param>
    public void RequireAttention(string reason, Cause cause, DateTimeOffset now, string? step = null)
    {
        var resumeTo = Status;
        MoveTo(OrderStatus.NeedsAttention);
        Attention = new AttentionInfo(reason, resumeTo, step);
        Record(new AttentionRequired(Id, reason, resumeTo, cause, now));
    }

    public void Resume(Cause cause, DateTimeOffset now)
    {
        CheckRule(new OrderMustNeedAttentionToResumeRule(Attention));
        var resumeTo = Attention!.ResumeTo;
        LeaveAttentionFor(resumeTo);
        Record(new OrderResumed(Id, resumeTo, cause, now));
    }

    public void Cancel(string reason, Cause cause, DateTimeOffset now)
    {
        CheckRule(new ShippedOrderCannotBeCancelledRule(Status));
        CheckRule(new InvoiceMustBeWithinCancellationWindowRule(Invoice, now));
        LeaveAttentionFor(OrderStatus.Cancelled);
        var compensations = StartCompensations();
        Record(new OrderCancelled(Id, reason, compensations, cause, now));
    }

    /// <summary>Confirms one undo step of a cancellation; confirming a step that is not pending is an error.</summary>
    public void CompleteCompensation(CompensationKind kind, Cause cause, DateTimeOffset now)
    {
        CheckRule(new CompensationMustBePendingRule(PendingCompensations, kind));
        if (kind == CompensationKind.ChargeVoided)
        {
            // A void is confirmed on a charge the hub has seen; none seen is the explicit NoChargeFound.
            CheckRule(new ChargeMustBeLinkedRule(Charge));
        }

        PendingCompensations = PendingCompensations.Without(kind);
        switch (kind)
        {
            case CompensationKind.ChargeVoided:
                Charge = Charge! with { State = ChargeState.Voided };
                break;
            case CompensationKind.NoChargeFound:
                // The charge stays as it was known (none): nothing is recorded as voided that was never seen.
                break;
            case CompensationKind.ChargeRefunded:
                Charge = Charge! with { State = ChargeState.Refunded };
                break;
            case CompensationKind.InvoiceCancelled:
                Invoice = Invoice! with { State = InvoiceState.Cancelled };
                break;
            case CompensationKind.StockReleased:
                StockReserved = false;
                break;
            case CompensationKind.LabelCancelled:
                Shipment = Shipment! with { CancelledAt = now };
                break;
        }

        Record(new CompensationCompleted(Id, Status, kind, cause, now));
    }

    /// <summary>
    /// Records that the warehouse handed the parcel to the carrier in an expedition batch. The status does not move: the
    /// carrier's own "posted" event moves the order to Shipped. Recording the same batch twice is an error.
    /// </summary>
    public void HandOverToCarrier(string batchId, Cause cause, DateTimeOffset now)
    {
        CheckRule(new LabelMustBeValidToHandOverRule(Shipment, Status));
        CheckRule(new HandoverMustBeNewRule(_timeline, batchId));
        Record(new HandedToCarrier(Id, Status, batchId, cause, now));
    }

    /// <summary>Whether <see cref="HandOverToCarrier"/> already recorded this batch.</summary>
    public bool WasHandedOverIn(string batchId) => new HandoverMustBeNewRule(_timeline, batchId).IsBroken();

    /// <summary>Records a partner's callback on the timeline without changing the status.</summary>
    public void NoteCallback(string partner, string partnerEvent, Cause cause, DateTimeOffset now) =>
        Record(new PartnerCallbackReceived(Id, Status, partner, partnerEvent, cause, now));

    /// <summary>Records on the timeline that a person replayed one of the order's dead-lettered messages.</summary>
    public void NoteDeadLetterReplay(string messageType, string messageId, bool alreadyDone, Cause cause, DateTimeOffset now) =>
        Record(new DeadLetterReplayed(Id, Status, messageType, messageId, alreadyDone, cause, now));

    public OrderSnapshot ToSnapshot() => new(
        Id, Channel, ExternalId, Status, PlacedAt, ReceivedAt, UpdatedAt, Amounts, Lines, Customer, ShippingAddress, Payment, _timeline,
        Risk, Charge, StockReserved, Invoice, Shipment, Attention, PendingCompensations, Delivery, LabelClaim);

    private Compensations StartCompensations()
    {
        // Past risk approval the hub may have created a charge it has not linked yet (a crash between the two).
        var chargeMayExist = Payment.ChargeCreatedByCheckout || Risk.Status == RiskStatus.Approved;
        PendingCompensations = Compensations.For(Charge, chargeMayExist, Invoice, StockReserved, Shipment);
        return PendingCompensations;
    }

    private void MoveTo(OrderStatus next)
    {
        CheckRule(new OrderMustBeResumedToLeaveAttentionRule(Status, next));
        CheckRule(new StatusTransitionMustBeAllowedRule(Status, next));
        Status = next;
    }

    // The two ways out of NeedsAttention (resume and cancel); from any other status this is a plain move.
    private void LeaveAttentionFor(OrderStatus next)
    {
        CheckRule(new StatusTransitionMustBeAllowedRule(Status, next));
        Status = next;
        Attention = null;
    }

    private void Record(OrderEvent orderEvent)
    {
        UpdatedAt = orderEvent.OccurredAt;
        _timeline.Add(new TimelineEntry(orderEvent.OccurredAt, orderEvent.Name, orderEvent.StatusAfter, orderEvent.Cause, orderEvent.Detail));
        AddDomainEvent(orderEvent);
    }
}
