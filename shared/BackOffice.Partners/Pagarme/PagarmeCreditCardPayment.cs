namespace BackOffice.Partners.Pagarme;

/// <param name="Capture">False: authorize only, capture later (the hub captures after the risk check).</param>
/// <param name="CardToken">Token from Pagar.me's checkout tokenization; the hub never sees card numbers.</param>
/// <param name="CardId">A card saved at Pagar.me.</param>
public sealed record PagarmeCreditCardPayment(int Installments, bool Capture, string? StatementDescriptor, string? CardToken = null, string? CardId = null);
