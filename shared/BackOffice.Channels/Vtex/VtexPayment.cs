using System.Text.Json.Serialization;

namespace BackOffice.Channels.Vtex;

/// <param name="Group">creditCard, debitCard, instantPayment (PIX), pix, bankInvoice (boleto)... See <see cref="VtexPaymentGroups"/>.</param>
/// <param name="Value">Cents.</param>
public sealed record VtexPayment(
    string? Id,
    [property: JsonConverter(typeof(LenientTextConverter))] string? PaymentSystem,
    string? PaymentSystemName,
    string? Group,
    long? Value,
    int? Installments);
