using BackOffice.Application.Partners.Payments;
using BackOffice.Domain.Orders;
using BackOffice.Partners.Http;

namespace BackOffice.Partners.Pagarme;

/// <summary>
/// Builds <c>POST /orders</c> from a <see cref="ChargeRequest"/>. The body depends on the request only, never on the
/// clock, so a retry under the same idempotency key sends the same body.
/// </summary>
public sealed class PagarmeOrderBuilder(PagarmeOptions options)
{
    public PagarmeCreateOrder Build(ChargeRequest request)
    {
        var payment = new PagarmePayment(PagarmeChargeMapper.MethodName(request.Method), request.AmountCents);
        payment = request.Method switch
        {
            PaymentMethod.Pix => payment with { Pix = new PagarmePixPayment(PixExpiresIn(request)) },
            PaymentMethod.Boleto => payment with { Boleto = new PagarmeBoletoPayment(request.ExpiresAt ?? request.PayableFrom.Add(options.DefaultBoletoDue), null) },
            _ => payment with { CreditCard = CreditCard(request) },
        };
        return new PagarmeCreateOrder(
            request.OrderRef,
            Items(request),
            Customer(request.Customer, request.BillingAddress),
            [payment],
            Closed: true,
            new Dictionary<string, string> { ["order_ref"] = request.OrderRef });
    }

    private long PixExpiresIn(ChargeRequest request)
    {
        var seconds = (long)(request.ExpiresAt is { } at ? at - request.PayableFrom : options.DefaultPixExpiry).TotalSeconds;
        // A QR code that is already dead when created would be refused; a second is the least we ask for.
        return Math.Max(1, seconds);
    }

    /// <summary>Pagar.me needs the card: the checkout's card_token or a saved card_id. Without one no card charge is created.</summary>
    private static PagarmeCreditCardPayment CreditCard(ChargeRequest request) =>
        request.Card is { Token: not null } or { Id: not null }
            ? new PagarmeCreditCardPayment(Math.Max(1, request.Installments), Capture: false, StatementDescriptor: null, request.Card.Token, request.Card.Token is null ? request.Card.Id : null)
            : throw new InvalidOperationException($"Order {request.OrderRef}: a card charge needs the checkout's card token or a saved card id; none was given.");

    /// <summary>
    /// Pagar.me refuses an order whose payments do not add up to its items. When shipping or a discount makes the
    /// charged amount differ from the lines, one line for the whole order is sent instead.
    /// </summary>
    private static IReadOnlyList<PagarmeItem> Items(ChargeRequest request)
    {
        var lines = request.Items.Select(line => new PagarmeItem(line.UnitPriceCents, line.Title, line.Quantity, line.Sku)).ToList();
        return lines.Count > 0 && request.Items.Sum(line => line.TotalCents) == request.AmountCents
            ? lines
            : [new PagarmeItem(request.AmountCents, $"Pedido {request.OrderRef}", 1, request.OrderRef)];
    }

    private static PagarmeCustomer Customer(Customer customer, Address? address)
    {
        var taxId = Documents.TaxIdOf(customer.Document);
        var company = Documents.Cnpj(taxId) is not null;
        return new PagarmeCustomer(
            customer.Name,
            customer.Email,
            taxId?.Digits,
            taxId is null ? null : (company ? "CNPJ" : "CPF"),
            company ? "company" : "individual",
            address is null ? null : new PagarmeAddress(
                $"{address.Number}, {address.Street}, {address.District}",
                address.Complement,
                Documents.Digits(address.PostalCode),
                address.City,
                address.State,
                string.IsNullOrWhiteSpace(address.Country) ? "BR" : address.Country),
            Phone(customer.Phone));
    }

    /// <summary>Brazilian numbers: optional +55, two-digit area code, then the number.</summary>
    private static PagarmePhones? Phone(string? phone)
    {
        var digits = Documents.Digits(phone);
        if (digits.Length is 12 or 13 && digits.StartsWith("55", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits.Length is 10 or 11 ? new PagarmePhones(new PagarmePhone("55", digits[..2], digits[2..])) : null;
    }
}
