namespace BackOffice.Application.Channels.Hub;

/// <param name="Method"><c>credit_card</c>, <c>pix</c> or <c>boleto</c>.</param>
/// <param name="ChargeCreatedBy"><c>checkout</c> (the storefront already created the charge) or <c>hub</c>.</param>
/// <param name="Card">The card as the checkout tokenized it: required for a card charge the hub creates.</param>
public sealed record HubPayment(string? Method, long? Amount, string? ChargeCreatedBy, int? Installments, HubCard? Card = null);

/// <param name="Token">Pagar.me's card_token from the checkout's tokenization.</param>
/// <param name="Id">A card saved at Pagar.me (card_id).</param>
/// <param name="Bin">First six to eight digits, for anti-fraud.</param>
/// <param name="Last4">Last four digits, for anti-fraud.</param>
public sealed record HubCard(string? Token, string? Id, string? Bin, string? Last4, string? HolderName);
