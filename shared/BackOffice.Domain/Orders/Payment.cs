namespace BackOffice.Domain.Orders;

/// <param name="ChargeCreatedByCheckout">True when the storefront's checkout already created the charge at the gateway.</param>
/// <param name="Card">The card as the checkout tokenized it; the hub never sees a card number.</param>
public sealed record Payment(PaymentMethod Method, long AmountCents, bool ChargeCreatedByCheckout, int Installments, PaymentCard? Card = null)
{
    /// <summary>A card charge the hub must create carries the checkout's card token or a saved card id; without one it cannot be charged.</summary>
    public bool LacksCardForHubCharge => Method == PaymentMethod.CreditCard && !ChargeCreatedByCheckout && Card is not { Token: not null } and not { Id: not null };
}
