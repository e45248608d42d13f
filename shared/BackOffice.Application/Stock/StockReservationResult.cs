namespace BackOffice.Application.Stock;

/// <param name="ShortSkus">The SKUs that did not have enough stock; empty when everything was reserved.</param>
public sealed record StockReservationResult(IReadOnlyList<string> ShortSkus)
{
    public bool Reserved => ShortSkus.Count == 0;
}
