using BackOffice.Application.Partners.Payments;
using BackOffice.Domain.Orders;

namespace BackOffice.Partners.Pagarme;

/// <summary>Pagar.me charges to the hub's <see cref="GatewayCharge"/>.</summary>
public static class PagarmeChargeMapper
{
    public static GatewayCharge ToGatewayCharge(PagarmeCharge charge, PagarmeOrder? order = null)
    {
        var method = Method(charge.PaymentMethod);
        var transaction = charge.LastTransaction;
        var instructions = method switch
        {
            PaymentMethod.Pix when transaction is not null => new PaymentInstructions(transaction.QrCode, transaction.QrCodeUrl, null, null, null),
            PaymentMethod.Boleto when transaction is not null => new PaymentInstructions(null, null, transaction.Url, transaction.Line, transaction.Pdf),
            _ => null,
        };
        var expiresAt = method switch
        {
            PaymentMethod.Pix => transaction?.ExpiresAt,
            PaymentMethod.Boleto => transaction?.DueAt,
            _ => null,
        };
        return new GatewayCharge(
            order?.Id ?? charge.Order?.Id ?? "",
            charge.Id,
            order?.Code ?? charge.Order?.Code ?? charge.Code ?? "",
            method,
            Status(charge),
            charge.Amount,
            charge.PaidAmount ?? 0,
            instructions,
            expiresAt);
    }

    public static ChargeStatus Status(PagarmeCharge charge)
    {
        var transactionStatus = charge.LastTransaction?.Status;
        // A refund shows on the last transaction before (or instead of) the charge's own status.
        if (transactionStatus is "refunded" || charge.Status is "refunded")
        {
            return ChargeStatus.Refunded;
        }

        return charge.Status switch
        {
            "pending" when charge.PaymentMethod is "credit_card" && transactionStatus is "authorized_pending_capture" or "waiting_capture" => ChargeStatus.Authorized,
            "pending" => ChargeStatus.Pending,
            "processing" => ChargeStatus.Processing,
            "paid" => ChargeStatus.Paid,
            "failed" => ChargeStatus.Failed,
            "canceled" => ChargeStatus.Canceled,
            "underpaid" => ChargeStatus.Underpaid,
            "overpaid" => ChargeStatus.Overpaid,
            "chargedback" => ChargeStatus.Chargedback,
            // A status Pagar.me adds later is not a reason to fail the order: it is still in flight.
            _ => ChargeStatus.Processing,
        };
    }

    public static PaymentMethod Method(string? paymentMethod) => paymentMethod switch
    {
        "pix" => PaymentMethod.Pix,
        "boleto" => PaymentMethod.Boleto,
        _ => PaymentMethod.CreditCard,
    };

    public static string MethodName(PaymentMethod method) => method switch
    {
        PaymentMethod.Pix => "pix",
        PaymentMethod.Boleto => "boleto",
        _ => "credit_card",
    };
}
