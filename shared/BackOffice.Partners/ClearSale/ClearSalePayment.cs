namespace BackOffice.Partners.ClearSale;

/// <param name="Type">ClearSale payment type: 1 credit card, 2 boleto, 27 PIX (check the table agreed with ClearSale).</param>
/// <param name="Card">For card payments: what the checkout knows of the card, never its number.</param>
public sealed record ClearSalePayment(int Sequential, DateTimeOffset Date, decimal Value, int Type, int Installments, ClearSaleCard? Card = null);

/// <param name="Bin">The card's first six (to eight) digits.</param>
/// <param name="End">The card's last four digits.</param>
public sealed record ClearSaleCard(string? Bin, string? End, string? OwnerName);
