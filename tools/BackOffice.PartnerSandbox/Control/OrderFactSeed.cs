namespace BackOffice.PartnerSandbox.Control;

/// <summary>
/// Body of <c>POST /_sandbox/orders</c>: tells every simulator about an order the sandbox has not seen in a partner
/// call (a Shopify order, say). <c>AmountCents</c> and <c>PaymentMethod</c> (credit_card, pix, boleto) shape the
/// Pagar.me order the store's checkout is assumed to have created.
/// </summary>
public sealed record OrderFactSeed(string? OrderRef, string? Email, long? AmountCents, string? PaymentMethod);
