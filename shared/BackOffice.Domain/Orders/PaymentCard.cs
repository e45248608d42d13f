namespace BackOffice.Domain.Orders;

/// <summary>
/// What the checkout knows of the card, never its number: the gateway's token (Pagar.me <c>card_token</c>, from its
/// checkout tokenization) or a saved card id (<c>card_id</c>), and for anti-fraud its first six to eight digits,
/// its last four and the holder's name.
/// </summary>
public sealed record PaymentCard(string? Token, string? Id, string? Bin, string? LastDigits, string? HolderName);
