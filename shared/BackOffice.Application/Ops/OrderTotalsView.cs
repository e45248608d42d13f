namespace BackOffice.Application.Ops;

public sealed record OrderTotalsView(string Currency, long ItemsCents, long ShippingCents, long DiscountCents, long TotalCents);
