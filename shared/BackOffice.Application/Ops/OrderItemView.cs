namespace BackOffice.Application.Ops;

public sealed record OrderItemView(string Sku, string Title, int Quantity, long UnitPriceCents);
