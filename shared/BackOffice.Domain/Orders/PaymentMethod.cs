namespace BackOffice.Domain.Orders;

public enum PaymentMethod
{
    CreditCard,
    Pix,
    Boleto,
}
