using BackOffice.Domain.Orders;

namespace BackOffice.Channels.Vtex;

/// <summary>VTEX payment groups the hub can take, and the hub's method for each.</summary>
public static class VtexPaymentGroups
{
    private static readonly Dictionary<string, PaymentMethod> Methods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["creditCard"] = PaymentMethod.CreditCard,
        // Debit cards are authorized and settled by the same card gateways: the hub treats them as card charges.
        ["debitCard"] = PaymentMethod.CreditCard,
        ["instantPayment"] = PaymentMethod.Pix,
        ["pix"] = PaymentMethod.Pix,
        ["bankInvoice"] = PaymentMethod.Boleto,
    };

    public static IReadOnlyCollection<string> Known => Methods.Keys;

    public static bool TryGetMethod(string? group, out PaymentMethod method)
    {
        method = default;
        return group is not null && Methods.TryGetValue(group, out method);
    }
}
