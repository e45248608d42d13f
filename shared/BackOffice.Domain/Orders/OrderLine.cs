namespace BackOffice.Domain.Orders;

public sealed record OrderLine(string Sku, string Title, int Quantity, long UnitPriceCents)
{
    public long TotalCents => UnitPriceCents * Quantity;
}
