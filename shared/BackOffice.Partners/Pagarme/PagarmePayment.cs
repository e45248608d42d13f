namespace BackOffice.Partners.Pagarme;

/// <param name="PaymentMethod"><c>credit_card</c>, <c>pix</c> or <c>boleto</c>; exactly one of the matching objects is set.</param>
public sealed record PagarmePayment(
    string PaymentMethod,
    long Amount,
    PagarmeCreditCardPayment? CreditCard = null,
    PagarmePixPayment? Pix = null,
    PagarmeBoletoPayment? Boleto = null);
