using BackOffice.Application.Orders;

namespace BackOffice.Application.Ops;

public static class OrderViews
{
    public static OrderView From(TrackedOrder tracked)
    {
        var order = tracked.Order;
        return new OrderView(
            order.Id.Value,
            order.Channel.ToString().ToLowerInvariant(),
            order.ExternalId,
            order.Status.ToString(),
            order.PlacedAt,
            order.ReceivedAt,
            order.UpdatedAt,
            new OrderTotalsView(order.Amounts.Currency.Code, order.Amounts.ItemsCents, order.Amounts.ShippingCents, order.Amounts.DiscountCents, order.Amounts.TotalCents),
            [.. order.Lines.Select(line => new OrderItemView(line.Sku, line.Title, line.Quantity, line.UnitPriceCents))],
            new OrderCustomerView(PersonalDataMask.Email(order.Customer.Email), PersonalDataMask.Document(order.Customer.Document)),
            order.Payment.Method.ToString(),
            [.. order.Timeline.Select(entry => new TimelineEntryView(
                entry.At, entry.Event, entry.Status.ToString(), $"{entry.Cause.Kind.ToString().ToLowerInvariant()}:{entry.Cause.Reference}", entry.Detail))],
            tracked.Outbox.Count,
            tracked.Inbox,
            tracked.Sent,
            order.Risk,
            order.Charge,
            order.StockReserved,
            order.Invoice,
            order.Shipment,
            order.Attention,
            order.PendingCompensations);
    }
}
