using BackOffice.Application.Partners.Risk;
using BackOffice.Domain.Orders;
using BackOffice.Partners.Http;

namespace BackOffice.Partners.ClearSale;

/// <summary>Builds ClearSale's order from a <see cref="RiskAnalysisRequest"/>.</summary>
public static class ClearSaleOrderBuilder
{
    // ClearSale's payment type table: 1 credit card, 2 boleto; PIX has its own code in the table agreed at onboarding.
    private const int CreditCard = 1;
    private const int Boleto = 2;
    private const int Pix = 27;

    public static ClearSaleOrder Build(RiskAnalysisRequest request)
    {
        var total = Money.ToReais(request.TotalCents);
        var party = Party(request.OrderRef, request.Customer, request.ShippingAddress);
        var installments = Math.Max(1, request.Installments);
        var card = request.PaymentMethod == PaymentMethod.CreditCard && request.Card is { } known && (known.Bin ?? known.LastDigits ?? known.HolderName) is not null
            ? new ClearSaleCard(known.Bin, known.LastDigits, known.HolderName)
            : null;
        return new ClearSaleOrder(
            request.OrderRef,
            request.DeviceSessionId,
            request.PlacedAt,
            request.Customer.Email,
            total,
            installments,
            request.CustomerIp,
            party,
            request.ShippingAddress is null ? null : party,
            [new ClearSalePayment(1, request.PlacedAt, total, PaymentType(request.PaymentMethod), installments, card)],
            request.Items.Select(line => new ClearSaleItem(line.Sku, line.Title, Money.ToReais(line.UnitPriceCents), line.Quantity)).ToList());
    }

    public static int PaymentType(PaymentMethod method) => method switch
    {
        PaymentMethod.Boleto => Boleto,
        PaymentMethod.Pix => Pix,
        _ => CreditCard,
    };

    private static ClearSaleParty Party(string orderRef, Customer customer, Address? address)
    {
        var taxId = Documents.TaxIdOf(customer.Document);
        return new ClearSaleParty(
            // No customer id crosses the port; the order reference identifies the buyer of this order.
            orderRef,
            Documents.Cnpj(taxId) is not null ? 2 : 1,
            taxId?.Digits,
            customer.Name,
            customer.Email,
            address is null ? null : new ClearSaleAddress(
                address.Street,
                address.Number,
                address.Complement,
                address.District,
                address.City,
                address.State,
                string.IsNullOrWhiteSpace(address.Country) ? "BR" : address.Country,
                Documents.Digits(address.PostalCode)),
            Phones(customer.Phone));
    }

    private static IReadOnlyList<ClearSalePhone>? Phones(string? phone)
    {
        var digits = Documents.Digits(phone);
        if (digits.Length is 12 or 13 && digits.StartsWith("55", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits.Length is 10 or 11
            ? [new ClearSalePhone(digits.Length == 11 ? 6 : 0, 55, int.Parse(digits[..2], System.Globalization.CultureInfo.InvariantCulture), long.Parse(digits[2..], System.Globalization.CultureInfo.InvariantCulture))]
            : null;
    }
}
