using System.Net.Mail;
using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Rules;

namespace BackOffice.Application.Channels.Hub;

/// <summary>Turns a hub-format payload into an <see cref="OrderPlacement"/>, or says everything that is wrong with it.</summary>
public static class HubOrderMapper
{
    private static readonly Dictionary<string, PaymentMethod> PaymentMethods = new()
    {
        ["credit_card"] = PaymentMethod.CreditCard,
        ["pix"] = PaymentMethod.Pix,
        ["boleto"] = PaymentMethod.Boleto,
    };

    /// <summary>The documented limits (hub-order.schema.json): generous for a person's data, a bound for everything.</summary>
    public const int MaxText = 200;
    public const int MaxItems = 500;

    public static OrderPlacement? Map(HubOrderPayload payload, ValidationErrors errors)
    {
        var id = errors.Required(payload.Id, "id");
        if (id is not null && !OrderId.IsValidExternalId(id))
        {
            errors.Add("id", "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }

        var currency = errors.Required(payload.Currency, "currency");
        if (currency is not null && !Currency.IsKnown(currency))
        {
            errors.Add("currency", $"'{currency}' is not a known ISO 4217 currency code.");
        }

        var customer = MapCustomer(payload.Customer, errors);
        var address = payload.ShippingAddress is null ? null : MapAddress(payload.ShippingAddress, errors);
        var lines = MapItems(errors.Required(payload.Items, "items"), errors);
        var placedAt = errors.Required(payload.PlacedAt, "placedAt");
        var total = errors.Required(payload.Total, "total");
        var payment = MapPayment(errors.Required(payload.Payment, "payment"), errors);
        if (errors.Any)
        {
            return null;
        }

        var amounts = new OrderAmounts(
            Currency.Of(currency!), lines.Sum(line => line.TotalCents), payload.Shipping ?? 0, payload.Discount ?? 0, total);
        var placement = new OrderPlacement(
            SalesChannel.Hub, id!, placedAt.ToUniversalTime(), amounts, lines, customer!, address, payment!, MapDelivery(payload.Delivery, errors));
        foreach (var rule in OrderPlacementRules.BrokenBy(placement))
        {
            errors.Add("order", rule.Message);
        }

        return errors.Any ? null : placement;
    }

    private static Customer? MapCustomer(HubCustomer? customer, ValidationErrors errors)
    {
        if (customer is null)
        {
            errors.Add("customer", "is required.");
            return null;
        }

        var name = errors.Required(customer.Name, "customer.name");
        var email = errors.Required(customer.Email, "customer.email");
        errors.AtMost(customer.Name, "customer.name", MaxText);
        // RFC 5321 4.5.3.1.3: a path is at most 256 octets with its angle brackets.
        errors.AtMost(customer.Email, "customer.email", 254);
        errors.AtMost(customer.Document, "customer.document", 20);
        errors.AtMost(customer.Phone, "customer.phone", 30);
        // The longest textual IPv6 address (with an embedded IPv4) is 45 characters.
        errors.AtMost(customer.Ip, "customer.ip", 45);
        errors.AtMost(customer.SessionId, "customer.sessionId", 128);
        if (!string.IsNullOrWhiteSpace(customer.Email) && !MailAddress.TryCreate(customer.Email, out _))
        {
            errors.Add("customer.email", "is not an e-mail address.");
        }

        TaxId? taxId = null;
        if (customer.Document is not null && !TaxId.TryParse(customer.Document, out taxId))
        {
            errors.Add("customer.document", "must be a valid CPF (11 digits) or CNPJ (14 characters), check digits included.");
        }

        return new Customer(name, email, taxId?.Digits, customer.Phone, NullIfBlank(customer.Ip), NullIfBlank(customer.SessionId));
    }

    private static Address MapAddress(HubAddress address, ValidationErrors errors)
    {
        foreach (var (value, field, max) in new[]
                 {
                     (address.Street, "street", MaxText), (address.Number, "number", 20), (address.Complement, "complement", MaxText),
                     (address.District, "district", MaxText), (address.City, "city", MaxText), (address.State, "state", 60),
                     (address.PostalCode, "postalCode", 16), (address.Country, "country", 60),
                 })
        {
            errors.AtMost(value, $"shippingAddress.{field}", max);
        }

        return new Address(
            errors.Required(address.Street, "shippingAddress.street"),
            errors.Required(address.Number, "shippingAddress.number"),
            address.Complement,
            errors.Required(address.District, "shippingAddress.district"),
            errors.Required(address.City, "shippingAddress.city"),
            errors.Required(address.State, "shippingAddress.state"),
            errors.Required(address.PostalCode, "shippingAddress.postalCode"),
            address.Country ?? "BR");
    }

    private static List<OrderLine> MapItems(IReadOnlyList<HubItem>? items, ValidationErrors errors)
    {
        var lines = new List<OrderLine>();
        if (items is { Count: > MaxItems })
        {
            errors.Add("items", $"must be at most {MaxItems} lines (it has {items.Count}).");
            return lines;
        }

        foreach (var (item, index) in (items ?? []).Select((item, index) => (item, index)))
        {
            if (item is null)
            {
                errors.Add($"items[{index}]", "must be an object.");
                continue;
            }

            errors.AtMost(item.Sku, $"items[{index}].sku", 100);
            errors.AtMost(item.Title, $"items[{index}].title", MaxText);
            lines.Add(new OrderLine(
                errors.Required(item.Sku, $"items[{index}].sku"),
                errors.Required(item.Title, $"items[{index}].title"),
                errors.Required(item.Quantity, $"items[{index}].quantity"),
                errors.Required(item.UnitPrice, $"items[{index}].unitPrice"),
                MapWeight(item.WeightGrams, $"items[{index}].weightGrams", errors),
                MapSize(item, $"items[{index}]", errors)));
        }

        return lines;
    }

    private static int? MapWeight(int? grams, string path, ValidationErrors errors)
    {
        if (grams is <= 0)
        {
            errors.Add(path, "must be a positive number of grams.");
        }

        return grams;
    }

    private static ItemDimensions? MapSize(HubItem item, string path, ValidationErrors errors)
    {
        decimal?[] sides = [item.HeightCm, item.WidthCm, item.LengthCm];
        if (sides.All(side => side is null))
        {
            return null;
        }

        if (sides.Any(side => side is null or <= 0 or > 10_000))
        {
            errors.Add(path, "heightCm, widthCm and lengthCm go together, each a positive number of centimetres.");
            return null;
        }

        return new ItemDimensions(item.HeightCm!.Value, item.WidthCm!.Value, item.LengthCm!.Value);
    }

    private static CustomerDelivery MapDelivery(HubDelivery? delivery, ValidationErrors errors)
    {
        if (delivery is null)
        {
            return CustomerDelivery.None;
        }

        errors.AtMost(delivery.Service, "delivery.service", MaxText);
        return new CustomerDelivery(string.IsNullOrWhiteSpace(delivery.Service) ? null : delivery.Service.Trim(), null, delivery.PromisedBy?.ToUniversalTime());
    }

    private static Payment? MapPayment(HubPayment? payment, ValidationErrors errors)
    {
        if (payment is null)
        {
            return null;
        }

        var methodName = errors.Required(payment.Method, "payment.method");
        if (methodName is not null && !PaymentMethods.ContainsKey(methodName))
        {
            errors.Add("payment.method", "must be one of credit_card, pix, boleto.");
        }

        if (payment.ChargeCreatedBy is not (null or "checkout" or "hub"))
        {
            errors.Add("payment.chargeCreatedBy", "must be 'checkout' or 'hub'.");
        }

        if (payment.Installments is < 1 or > 24)
        {
            errors.Add("payment.installments", "must be between 1 and 24.");
        }

        var amount = errors.Required(payment.Amount, "payment.amount");
        var card = MapCard(payment.Card, errors);
        var mapped = methodName is not null && PaymentMethods.TryGetValue(methodName, out var method)
            ? new Payment(method, amount, payment.ChargeCreatedBy != "hub", payment.Installments ?? 1, card)
            : null;
        if (mapped is { LacksCardForHubCharge: true })
        {
            // Pagar.me needs card_token, card_id or the card itself; the hub never holds card numbers.
            errors.Add("payment.card", "a credit card charge the hub creates (chargeCreatedBy 'hub') needs the checkout's card token (payment.card.token) or a saved card id (payment.card.id).");
        }

        return mapped;
    }

    private static PaymentCard? MapCard(HubCard? card, ValidationErrors errors)
    {
        if (card is null)
        {
            return null;
        }

        errors.AtMost(card.Token, "payment.card.token", MaxText);
        errors.AtMost(card.Id, "payment.card.id", MaxText);
        errors.AtMost(card.HolderName, "payment.card.holderName", MaxText);
        if (card.Bin is not null && !IsDigits(card.Bin, 6, 8))
        {
            errors.Add("payment.card.bin", "must be the card's first 6 to 8 digits.");
        }

        if (card.Last4 is not null && !IsDigits(card.Last4, 4, 4))
        {
            errors.Add("payment.card.last4", "must be the card's last 4 digits.");
        }

        return new PaymentCard(NullIfBlank(card.Token), NullIfBlank(card.Id), NullIfBlank(card.Bin), NullIfBlank(card.Last4), NullIfBlank(card.HolderName));
    }

    private static bool IsDigits(string text, int min, int max) => text.Length >= min && text.Length <= max && text.All(char.IsAsciiDigit);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
