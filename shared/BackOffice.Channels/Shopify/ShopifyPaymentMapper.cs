using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;

namespace BackOffice.Channels.Shopify;

/// <summary>
/// Shopify's order carries no payment method, only <c>financial_status</c> and the gateway names; this is the hub's
/// best reading of them.
/// </summary>
public static class ShopifyPaymentMapper
{
    /// <param name="hubCreatesCharges">See <see cref="ShopifyWebhookSettings.HubCreatesCharges"/>.</param>
    public static Payment? Map(string? financialStatus, IReadOnlyList<string?>? gatewayNames, long amountCents, ValidationErrors errors, bool hubCreatesCharges = false)
    {
        var method = MethodFromGatewayNames(gatewayNames);
        switch (financialStatus)
        {
            case ShopifyFinancialStatuses.Authorized:
                // Only a card can be authorized and captured later; the checkout's gateway holds the authorization.
                return new Payment(PaymentMethod.CreditCard, amountCents, ChargeCreatedByCheckout: true, Installments: 1);
            case ShopifyFinancialStatuses.Paid:
                // Already collected by the checkout: the hub only has to find the charge, never create one.
                return new Payment(method, amountCents, ChargeCreatedByCheckout: true, Installments: 1);
            case ShopifyFinancialStatuses.Pending:
                // Pending is also a payment app still completing a PIX or boleto (shopify.dev, Order.displayFinancialStatus):
                // the hub charges only where the store's checkout leaves PIX and boleto to it; otherwise it finds the
                // checkout's charge and waits for orders/paid or the gateway. A pending card is the checkout's own.
                return new Payment(method, amountCents, ChargeCreatedByCheckout: !hubCreatesCharges || method == PaymentMethod.CreditCard, Installments: 1);
            case null or "":
                errors.Add("financial_status", "is required.");
                return null;
            default:
                errors.Add("financial_status", $"'{financialStatus}' is not a state a new order can be taken in: expected authorized, paid or pending.");
                return null;
        }
    }

    /// <summary>PIX or boleto when a gateway name says so ("Pix", "Boleto Bancário", "pagarme_pix"), else a credit card.</summary>
    public static PaymentMethod MethodFromGatewayNames(IReadOnlyList<string?>? gatewayNames)
    {
        var names = (gatewayNames ?? []).OfType<string>().ToList();
        if (names.Any(name => name.Contains("pix", StringComparison.OrdinalIgnoreCase)))
        {
            return PaymentMethod.Pix;
        }

        return names.Any(name => name.Contains("boleto", StringComparison.OrdinalIgnoreCase))
            ? PaymentMethod.Boleto
            : PaymentMethod.CreditCard;
    }
}
