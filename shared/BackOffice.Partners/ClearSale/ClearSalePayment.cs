namespace BackOffice.Partners.ClearSale;

/// <param name="Type">ClearSale payment type: 1 credit card, 2 boleto, 27 PIX (check the table agreed with ClearSale).</param>
public sealed record ClearSalePayment(int Sequential, DateTimeOffset Date, decimal Value, int Type, int Installments);
