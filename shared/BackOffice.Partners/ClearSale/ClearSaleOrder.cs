using System.Text.Json.Serialization;

namespace BackOffice.Partners.ClearSale;

/// <summary>
/// One order as ClearSale's Total / Total Garantido manual shows it for <c>POST /v1/orders/</c>: a single JSON object
/// (https://api.clearsale.com.br/docs/total-totalGarantido-application, "Inclusão de Pedidos"); only the Tickets
/// manual shows an array.
/// </summary>
/// <param name="Code">Our order reference: ClearSale refuses a second order with the same code.</param>
/// <param name="SessionId">The checkout's fingerprint session, when the store runs ClearSale's fingerprint script.</param>
/// <param name="TotalValue">Reais, two decimal places.</param>
public sealed record ClearSaleOrder(
    string Code,
    [property: JsonPropertyName("sessionID")] string? SessionId,
    DateTimeOffset Date,
    string Email,
    decimal TotalValue,
    int NumberOfInstallments,
    string? Ip,
    ClearSaleParty Billing,
    ClearSaleParty? Shipping,
    IReadOnlyList<ClearSalePayment> Payments,
    IReadOnlyList<ClearSaleItem> Items);
