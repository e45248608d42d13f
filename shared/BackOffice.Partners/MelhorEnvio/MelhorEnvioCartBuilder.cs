using BackOffice.Application.Partners.Shipping;
using BackOffice.Partners.Http;

namespace BackOffice.Partners.MelhorEnvio;

/// <summary>Builds <c>POST me/shipment/calculate</c> and <c>POST me/cart</c> from the order's parcel and the origin in settings.</summary>
public static class MelhorEnvioCartBuilder
{
    public static MelhorEnvioQuoteRequest Quote(QuoteRequest request, ShippingSettings shipping)
    {
        var parcel = request.Parcel;
        var insurance = Money.ToReais(parcel.InsuranceCents);
        return new MelhorEnvioQuoteRequest(
            new MelhorEnvioPostalCode(Documents.Digits(shipping.Origin.PostalCode)),
            new MelhorEnvioPostalCode(Documents.Digits(request.DestinationPostalCode)),
            [new MelhorEnvioQuoteVolume(parcel.HeightCm, parcel.WidthCm, parcel.LengthCm, parcel.WeightKg, insurance)],
            new MelhorEnvioQuoteOptions(insurance, Receipt: false, OwnHand: false));
    }

    public static MelhorEnvioCartItem Build(ShipmentRequest request, MelhorEnvioOptions carrier, ShippingSettings shipping)
    {
        if (request.ServiceId <= 0)
        {
            throw new InvalidOperationException($"No carrier service was chosen for order {request.OrderRef}'s label.");
        }

        var origin = shipping.Origin;
        var destination = request.Destination;
        var taxId = Documents.TaxIdOf(request.Recipient.Document);
        var from = new MelhorEnvioParty(
            origin.Name,
            Documents.Digits(origin.Phone),
            origin.Email,
            null,
            Documents.Cnpj(Documents.TaxIdOf(origin.CompanyDocument)),
            origin.StateRegistration,
            origin.Street,
            origin.Number,
            origin.Complement,
            origin.District,
            origin.City,
            origin.State.ToUpperInvariant(),
            "BR",
            Documents.Digits(origin.PostalCode));
        var to = new MelhorEnvioParty(
            request.Recipient.Name,
            Documents.Digits(request.Recipient.Phone) is { Length: > 0 } phone ? phone : null,
            request.Recipient.Email,
            Documents.Cpf(taxId),
            Documents.Cnpj(taxId),
            null,
            destination.Street,
            destination.Number,
            destination.Complement,
            destination.District,
            destination.City,
            destination.State.ToUpperInvariant(),
            "BR",
            Documents.Digits(destination.PostalCode));

        return new MelhorEnvioCartItem(
            request.ServiceId,
            carrier.AgencyId,
            from,
            to,
            request.Items.Select(line => new MelhorEnvioProduct(line.Title, line.Quantity, Money.ToReais(line.UnitPriceCents))).ToList(),
            [new MelhorEnvioVolume(request.Parcel.HeightCm, request.Parcel.WidthCm, request.Parcel.LengthCm, request.Parcel.WeightKg)],
            new MelhorEnvioCartOptions(
                Money.ToReais(request.Parcel.InsuranceCents),
                Receipt: false,
                OwnHand: false,
                Reverse: false,
                NonCommercial: false,
                new MelhorEnvioInvoice(request.InvoiceKey),
                [new MelhorEnvioTag(request.OrderRef)]));
    }
}
