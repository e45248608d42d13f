namespace BackOffice.Domain.Orders;

public sealed record OrderAmounts(Currency Currency, long ItemsCents, long ShippingCents, long DiscountCents, long TotalCents);
