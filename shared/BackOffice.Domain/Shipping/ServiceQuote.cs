namespace BackOffice.Domain.Shipping;

/// <summary>One carrier service as the carrier platform quoted it for a parcel (Melhor Envio's <c>/me/shipment/calculate</c>).</summary>
/// <param name="ServiceId">The platform's service id (1 Correios PAC, 2 Correios SEDEX, ...).</param>
/// <param name="DeliveryDays">Business days from posting to delivery, as quoted.</param>
public sealed record ServiceQuote(int ServiceId, string Company, string Name, long PriceCents, int DeliveryDays)
{
    /// <summary>"Correios SEDEX": the company first, as the manifest groups by it.</summary>
    public string FullName => $"{Company} {Name}";
}
