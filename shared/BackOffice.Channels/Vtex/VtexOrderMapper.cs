using System.Net.Mail;
using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Rules;

namespace BackOffice.Channels.Vtex;

/// <summary>Turns a VTEX OMS order into an <see cref="OrderPlacement"/>, or says everything that is wrong with it.</summary>
public static class VtexOrderMapper
{
    /// <summary>VTEX's OMS always states the currency; an order seeded without it is a Brazilian store's.</summary>
    public const string DefaultCurrency = "BRL";

    /// <returns>The order and its warnings, or null when <paramref name="errors"/> got at least one error.</returns>
    public static MappedOrder? Map(VtexOrder order, ValidationErrors errors)
    {
        var warnings = new List<MappingWarning>();
        var externalId = errors.Required(order.OrderId, "orderId");
        if (externalId is not null && !OrderId.IsValidExternalId(externalId))
        {
            errors.Add("orderId", "must be a VTEX order id such as 1234567890123-01.");
        }

        var currency = order.StorePreferencesData?.CurrencyCode ?? DefaultCurrency;
        if (!Currency.IsKnown(currency))
        {
            errors.Add("storePreferencesData.currencyCode", $"'{currency}' is not a currency the hub settles in.");
        }

        var placedAt = errors.Required(order.CreationDate, "creationDate");
        var lines = MapLines(errors.Required(order.Items, "items"), errors);
        var itemsCents = lines.Sum(line => line.TotalCents);
        var (shipping, discount) = MapTotals(order, itemsCents, errors);
        var total = errors.Required(order.Value, "value");
        var customer = MapCustomer(order.ClientProfileData, warnings, errors);
        var address = order.ShippingData?.Address is { } shippingAddress ? MapAddress(shippingAddress, warnings, errors) : null;
        var payment = MapPayment(order.PaymentData, errors);
        if (errors.Any)
        {
            return null;
        }

        var amounts = new OrderAmounts(Currency.Of(currency), itemsCents, shipping, discount, total);
        var placement = new OrderPlacement(
            SalesChannel.Vtex, externalId!, placedAt.ToUniversalTime(), amounts, lines, customer!, address, payment!,
            VtexDeliveryMapper.Map(order.ShippingData?.LogisticsInfo, placedAt));
        foreach (var rule in OrderPlacementRules.BrokenBy(placement))
        {
            errors.Add("order", rule.Message);
        }

        return errors.Any ? null : new MappedOrder(placement, warnings);
    }

    private static List<OrderLine> MapLines(IReadOnlyList<VtexItem?>? items, ValidationErrors errors)
    {
        var lines = new List<OrderLine>();
        foreach (var (item, index) in (items ?? []).Select((item, index) => (item, index)))
        {
            var path = $"items[{index}]";
            if (item is null)
            {
                errors.Add(path, "must be an object.");
                continue;
            }

            // The store's reference code is what the ERP and the NF-e know; VTEX's numeric SKU id is the fallback.
            var sku = string.IsNullOrWhiteSpace(item.RefId) ? item.Id : item.RefId;
            if (string.IsNullOrWhiteSpace(sku))
            {
                errors.Add($"{path}.refId", "is required (or the item's id).");
            }

            lines.Add(new OrderLine(
                sku?.Trim() ?? "",
                errors.Required(item.Name, $"{path}.name"),
                errors.Required(item.Quantity, $"{path}.quantity"),
                errors.Required(item.Price, $"{path}.price"),
                item.AdditionalInfo?.Dimension?.Weight is > 0 and <= int.MaxValue and var grams ? (int)Math.Ceiling(grams) : null,
                SizeOf(item.AdditionalInfo?.Dimension)));
        }

        return lines;
    }

    // A size with a missing or zero side is no size: the catalog settings or the default item decide then.
    private static ItemDimensions? SizeOf(VtexDimension? dimension) =>
        dimension is { Height: > 0 and var height, Width: > 0 and var width, Length: > 0 and var length }
            ? new ItemDimensions(height, width, length)
            : null;

    /// <summary>Shipping and discount from <c>totals</c>; VTEX reports the discount as a negative total, the hub as a positive amount.</summary>
    private static (long Shipping, long Discount) MapTotals(VtexOrder order, long itemsCents, ValidationErrors errors)
    {
        long? shipping = null;
        long discount = 0;
        foreach (var (total, index) in (order.Totals ?? []).Select((total, index) => (total, index)))
        {
            if (total?.Value is not { } value)
            {
                continue;
            }

            var path = $"totals[{index}].value";
            switch (total.Id)
            {
                case VtexTotalIds.Items when value != itemsCents:
                    errors.Add(path, $"does not match the items: the sum of price × quantity is {itemsCents}.");
                    break;
                case VtexTotalIds.Discounts:
                    // Negative as VTEX sends it; a positive one (seen in hand-made orders) means the same reduction.
                    discount += Math.Abs(value);
                    break;
                case VtexTotalIds.Shipping:
                    shipping = (shipping ?? 0) + value;
                    break;
                case VtexTotalIds.Tax when value != 0:
                    errors.Add(path, "taxes added on top of prices are not supported: the hub's order has no tax amount (prices must include taxes).");
                    break;
            }
        }

        // Without a Shipping total the per-item delivery prices are the shipping.
        shipping ??= (order.ShippingData?.LogisticsInfo ?? []).Sum(info => info?.Price ?? 0);
        return (shipping.Value, discount);
    }

    private static Customer? MapCustomer(VtexClientProfileData? profile, ICollection<MappingWarning> warnings, ValidationErrors errors)
    {
        if (profile is null)
        {
            errors.Add("clientProfileData", "is required.");
            return null;
        }

        var email = errors.Required(profile.Email, "clientProfileData.email");
        if (!string.IsNullOrWhiteSpace(email) && !MailAddress.TryCreate(email, out _))
        {
            errors.Add("clientProfileData.email", "is not an e-mail address.");
        }

        var personName = string.Join(' ', new[] { profile.FirstName, profile.LastName }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));
        var name = profile.IsCorporate is true && !string.IsNullOrWhiteSpace(profile.CorporateName) ? profile.CorporateName.Trim() : personName;
        if (name.Length == 0)
        {
            errors.Add("clientProfileData.firstName", "is required.");
        }

        var document = DocumentResolver.Resolve(DocumentCandidates(profile), "clientProfileData.document", warnings);
        return new Customer(name, email?.Trim()!, document, string.IsNullOrWhiteSpace(profile.Phone) ? null : profile.Phone.Trim());
    }

    // A company buys with its CNPJ in corporateDocument; the buyer's own CPF stays in document.
    private static IEnumerable<DocumentCandidate> DocumentCandidates(VtexClientProfileData profile)
    {
        if (profile.IsCorporate is true && profile.CorporateDocument is not null)
        {
            yield return new DocumentCandidate("clientProfileData.corporateDocument", profile.CorporateDocument);
        }

        if (profile.Document is not null)
        {
            yield return new DocumentCandidate("clientProfileData.document", profile.Document);
        }
    }

    private static Address MapAddress(VtexAddress address, ICollection<MappingWarning> warnings, ValidationErrors errors)
    {
        const string path = "shippingData.address";
        var number = address.Number;
        if (string.IsNullOrWhiteSpace(number))
        {
            warnings.Add(new MappingWarning(MappingWarningKind.AddressIncomplete, $"{path}.number", "is missing; it was taken as S/N."));
            number = "S/N";
        }

        return new Address(
            errors.Required(address.Street, $"{path}.street"),
            number.Trim(),
            string.IsNullOrWhiteSpace(address.Complement) ? null : address.Complement.Trim(),
            errors.Required(address.Neighborhood, $"{path}.neighborhood"),
            errors.Required(address.City, $"{path}.city"),
            errors.Required(address.State, $"{path}.state"),
            errors.Required(address.PostalCode, $"{path}.postalCode"),
            VtexCountryCodes.ToAlpha2(address.Country));
    }

    /// <summary>
    /// VTEX's checkout creates every charge itself (card authorization, PIX QR code, boleto): the hub only follows it.
    /// Several payments of one method (two cards, say) add up; different methods cannot be one hub payment.
    /// </summary>
    private static Payment? MapPayment(VtexPaymentData? paymentData, ValidationErrors errors)
    {
        var payments = (paymentData?.Transactions ?? [])
            .Select((transaction, index) => (transaction, index))
            .Where(pair => pair.transaction is { IsActive: not false })
            .SelectMany(pair => (pair.transaction!.Payments ?? []).Select((payment, index) => (payment, path: $"paymentData.transactions[{pair.index}].payments[{index}]")))
            .Where(pair => pair.payment is not null)
            .ToList();
        if (payments.Count == 0)
        {
            errors.Add("paymentData.transactions", "must hold at least one payment.");
            return null;
        }

        var methods = new List<PaymentMethod>();
        foreach (var (payment, path) in payments)
        {
            if (VtexPaymentGroups.TryGetMethod(payment!.Group, out var method))
            {
                methods.Add(method);
            }
            else
            {
                errors.Add($"{path}.group", $"'{payment.Group}' is not a payment group the hub takes: expected one of {string.Join(", ", VtexPaymentGroups.Known)}.");
            }

            errors.Required(payment.Value, $"{path}.value");
        }

        if (methods.Distinct().Count() > 1)
        {
            errors.Add("paymentData.transactions", "an order paid with different payment methods is not supported.");
        }

        return methods.Count == 0
            ? null
            : new Payment(
                methods[0],
                payments.Sum(pair => pair.payment!.Value ?? 0),
                ChargeCreatedByCheckout: true,
                Installments: Math.Max(1, payments.Max(pair => pair.payment!.Installments ?? 1)));
    }
}
