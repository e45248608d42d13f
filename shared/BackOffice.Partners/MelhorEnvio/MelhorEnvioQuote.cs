namespace BackOffice.Partners.MelhorEnvio;

/// <summary>
/// One service in the answer of <c>POST me/shipment/calculate</c> (an array, one entry per service). A service that
/// cannot carry the parcel comes back with <see cref="Error"/> and no price; Melhor Envio's WooCommerce plugin offers
/// only entries with a price and a name (wp-melhorenvio-v2 Services/CalculateShippingMethodService.php).
/// </summary>
/// <param name="Price">Reais, sent as a string ("23.50").</param>
/// <param name="DeliveryTime">Business days from posting.</param>
public sealed record MelhorEnvioQuote(
    int Id,
    string? Name,
    decimal? Price,
    int? DeliveryTime,
    MelhorEnvioCompany? Company,
    string? Error);

public sealed record MelhorEnvioCompany(int? Id, string? Name);
