namespace BackOffice.Domain.Orders;

/// <param name="ChargeCreatedByCheckout">True when the storefront's checkout already created the charge at the gateway.</param>
public sealed record Payment(PaymentMethod Method, long AmountCents, bool ChargeCreatedByCheckout, int Installments);
