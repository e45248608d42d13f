namespace BackOffice.Application.Channels.Hub;

/// <param name="Method"><c>credit_card</c>, <c>pix</c> or <c>boleto</c>.</param>
/// <param name="ChargeCreatedBy"><c>checkout</c> (the storefront already created the charge) or <c>hub</c>.</param>
public sealed record HubPayment(string? Method, long? Amount, string? ChargeCreatedBy, int? Installments);
