using System.Globalization;
using System.Net.Mail;
using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Rules;

namespace BackOffice.Channels.Shopify;

/// <summary>Turns a Shopify order webhook into an <see cref="OrderPlacement"/>, or says everything that is wrong with it.</summary>
public static class ShopifyOrderMapper
{
    /// <returns>The order and its warnings, or null when <paramref name="errors"/> got at least one error.</returns>
    /// <param name="hubCreatesCharges">See <see cref="ShopifyWebhookSettings.HubCreatesCharges"/>.</param>
    public static MappedOrder? Map(ShopifyOrder order, ValidationErrors errors, bool hubCreatesCharges = false)
    {
        var warnings = new List<MappingWarning>();
        var externalId = MapId(order.Id, errors);
        var currency = errors.Required(order.Currency, "currency");
        if (currency is not null && !Currency.IsKnown(currency))
        {
            errors.Add("currency", $"'{currency}' is not a currency the hub settles in.");
        }

        var placedAt = errors.Required(order.CreatedAt, "created_at");
        var lines = MapLines(errors.Required(order.LineItems, "line_items"), errors);
        var total = ShopifyPrice.ToCents(errors.Required(order.TotalPrice, "total_price"), "total_price", errors);
        var discount = ShopifyPrice.ToCents(order.TotalDiscounts, "total_discounts", errors) ?? 0;
        var shipping = MapShipping(order, lines.Sum(line => line.TotalCents), discount, total, errors);
        CheckTaxes(order, errors);
        var customer = MapCustomer(order, warnings, errors);
        var address = order.ShippingAddress is null ? null : ShopifyAddressMapper.Map(order.ShippingAddress, "shipping_address", warnings, errors);
        var payment = ShopifyPaymentMapper.Map(order.FinancialStatus, order.PaymentGatewayNames, total ?? 0, errors, hubCreatesCharges);
        if (errors.Any)
        {
            return null;
        }

        var amounts = new OrderAmounts(Currency.Of(currency!), lines.Sum(line => line.TotalCents), shipping, discount, total!.Value);
        var placement = new OrderPlacement(
            SalesChannel.Shopify, externalId!, placedAt.ToUniversalTime(), amounts, lines, customer!, address, payment!, MapDelivery(order));
        foreach (var rule in OrderPlacementRules.BrokenBy(placement))
        {
            errors.Add("order", rule.Message);
        }

        return errors.Any ? null : new MappedOrder(placement, warnings);
    }

    internal static string? MapId(long? id, ValidationErrors errors)
    {
        var value = errors.Required(id, "id");
        if (id is not null && value <= 0)
        {
            errors.Add("id", "must be a positive number.");
        }

        return id is null ? null : value.ToString(CultureInfo.InvariantCulture);
    }

    private static List<OrderLine> MapLines(IReadOnlyList<ShopifyLineItem?>? items, ValidationErrors errors)
    {
        var lines = new List<OrderLine>();
        foreach (var (item, index) in (items ?? []).Select((item, index) => (item, index)))
        {
            var path = $"line_items[{index}]";
            if (item is null)
            {
                errors.Add(path, "must be an object.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Sku))
            {
                errors.Add($"{path}.sku", "is required: the hub reserves stock and invoices by SKU, so give the product variant a SKU in Shopify.");
            }

            var price = ShopifyPrice.ToCents(errors.Required(item.Price, $"{path}.price"), $"{path}.price", errors);
            lines.Add(new OrderLine(
                item.Sku ?? "",
                errors.Required(item.Title, $"{path}.title"),
                errors.Required(item.Quantity, $"{path}.quantity"),
                price ?? 0,
                item.Grams is > 0 ? item.Grams : null));
        }

        return lines;
    }

    /// <summary>
    /// The shipping method of the first shipping line (its code, then its title, for the service map). Shopify's order
    /// webhook has no promised date: the hub's setting gives one.
    /// </summary>
    private static CustomerDelivery MapDelivery(ShopifyOrder order) =>
        order.ShippingLines?.FirstOrDefault(line => line is not null) is { } line
            ? new CustomerDelivery(Blank(line.Code), Blank(line.Title), null)
            : CustomerDelivery.None;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// The shipping price before discounts, unless the order's total only adds up with the discounted one: Shopify
    /// does not always count a free-shipping discount in <c>total_discounts</c>.
    /// </summary>
    private static long MapShipping(ShopifyOrder order, long itemsCents, long discountCents, long? totalCents, ValidationErrors errors)
    {
        var shippingLines = (order.ShippingLines ?? []).Select((line, index) => (line, index)).Where(pair => pair.line is not null).ToList();
        var lineCents = shippingLines
            .Select(pair => ShopifyPrice.ToCents(pair.line!.Price, $"shipping_lines[{pair.index}].price", errors) ?? 0)
            .Sum();
        var amount = order.TotalShippingPriceSet?.ShopMoney?.Amount;
        var gross = amount is null ? lineCents : ShopifyPrice.ToCents(amount, "total_shipping_price_set.shop_money.amount", errors) ?? 0;
        if (totalCents is null || itemsCents + gross - discountCents == totalCents)
        {
            return gross;
        }

        var discounted = shippingLines.Select(pair => pair.line!.DiscountedPrice).ToList();
        if (discounted.Count == 0 || discounted.Any(price => price is null))
        {
            return gross;
        }

        var net = discounted.Select((price, index) => ShopifyPrice.ToCents(price, $"shipping_lines[{shippingLines[index].index}].discounted_price", errors) ?? 0).Sum();
        return itemsCents + net - discountCents == totalCents ? net : gross;
    }

    // The hub's order has no tax amount: Brazilian prices include taxes, so a tax added on top cannot be booked.
    private static void CheckTaxes(ShopifyOrder order, ValidationErrors errors)
    {
        var tax = ShopifyPrice.ToCents(order.TotalTax, "total_tax", errors);
        if (tax is > 0 && order.TaxesIncluded is not true)
        {
            errors.Add("total_tax", "taxes added on top of prices are not supported: the hub's order has no tax amount (prices must include taxes).");
        }
    }

    private static Customer? MapCustomer(ShopifyOrder order, ICollection<MappingWarning> warnings, ValidationErrors errors)
    {
        var email = FirstNonBlank(order.Email, order.ContactEmail, order.Customer?.Email);
        if (email is null)
        {
            errors.Add("email", "is required (or contact_email, or customer.email).");
        }
        else if (!MailAddress.TryCreate(email, out _))
        {
            errors.Add("email", "is not an e-mail address.");
        }

        var customerName = string.Join(' ', new[] { order.Customer?.FirstName, order.Customer?.LastName }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));
        var name = FirstNonBlank(customerName, order.BillingAddress?.Name, order.ShippingAddress?.Name);
        if (name is null)
        {
            errors.Add("customer.first_name", "is required (or a billing or shipping address name).");
        }

        var document = DocumentResolver.Resolve(ShopifyDocumentLookup.Candidates(order), ShopifyDocumentLookup.MissingPath, warnings);
        var phone = FirstNonBlank(order.Customer?.Phone, order.Phone, order.ShippingAddress?.Phone, order.BillingAddress?.Phone);
        return name is null || email is null ? null : new Customer(name, email, document, phone);
    }

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim();
}
