using BackOffice.Application.Partners.Shipping;
using BackOffice.Partners.Http;

namespace BackOffice.Partners.MelhorEnvio;

/// <summary>Builds <c>POST me/cart</c> from a <see cref="ShipmentRequest"/>, the origin and the service from settings.</summary>
public static class MelhorEnvioCartBuilder
{
    public static MelhorEnvioCartItem Build(ShipmentRequest request, MelhorEnvioOptions carrier, ShippingSettings shipping)
    {
        if (carrier.ServiceId <= 0)
        {
            throw new InvalidOperationException("MelhorEnvio:ServiceId must be set to buy labels.");
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
            carrier.ServiceId,
            carrier.AgencyId,
            from,
            to,
            request.Items.Select(line => new MelhorEnvioProduct(line.Title, line.Quantity, Money.ToReais(line.UnitPriceCents))).ToList(),
            [new MelhorEnvioVolume(shipping.PackageHeightCm, shipping.PackageWidthCm, shipping.PackageLengthCm, Math.Max(1, request.WeightGrams) / 1000m)],
            new MelhorEnvioCartOptions(
                Money.ToReais(request.DeclaredValueCents),
                Receipt: false,
                OwnHand: false,
                Reverse: false,
                NonCommercial: false,
                new MelhorEnvioInvoice(request.InvoiceKey),
                [new MelhorEnvioTag(request.OrderRef)]));
    }
}
