using BackOffice.Domain.Orders;

namespace BackOffice.Domain.Tests.Orders;

/// <summary>Drives an order along the happy path to a given stage, with its events cleared, for a test to go on from.</summary>
internal static class OrderStages
{
    public static readonly DateTimeOffset Now = OrderPlacements.Now;
    public static readonly Cause Step = Cause.Message("step");

    public static Order Received(OrderPlacement? placement = null) => Clear(Order.Receive(placement ?? OrderPlacements.Valid(), Cause.Webhook("d1"), Now));

    public static Order InRiskReview(OrderPlacement? placement = null) => Clear(Do(Received(placement), order => order.StartRiskAnalysis(Step, Now)));

    public static Order AwaitingPayment(ChargeState charge = ChargeState.Authorized) => Clear(Do(InRiskReview(), order =>
    {
        order.ApproveRisk("APA", Step, Now);
        order.LinkCharge(new ChargeInfo("ch_1", charge, 0, charge == ChargeState.AwaitingPayment ? Now.AddDays(1) : null), Step, Now);
    }));

    public static Order PaymentApproved() => Clear(Do(AwaitingPayment(), order => order.ApprovePayment(order.Amounts.TotalCents, Step, Now)));

    public static Order StockReserved() => Clear(Do(PaymentApproved(), order => order.ReserveStock(Step, Now)));

    public static Order InvoiceRequested() => Clear(Do(StockReserved(), order => order.RequestInvoice(Step, Now)));

    public static Order Invoiced() => Clear(Do(InvoiceRequested(), order =>
        order.AuthorizeInvoice("35261100000000000000550010000000011000000011", "1", "1", "documents/nfe.xml", "documents/danfe.pdf", Step, Now)));

    public static Order LabelInCart() => Clear(Do(Invoiced(), order => order.RecordLabelCart("lbl_1", Step, Now)));

    public static Order ReadyToShip() => Clear(Do(LabelInCart(), order => order.PurchaseLabel("lbl_1", "BR123", "documents/label.pdf", Step, Now)));

    public static Order Shipped() => Clear(Do(ReadyToShip(), order => order.Ship("BR123", Now, Step, Now)));

    private static Order Do(Order order, Action<Order> step)
    {
        step(order);
        return order;
    }

    private static Order Clear(Order order)
    {
        order.ClearDomainEvents();
        return order;
    }
}
