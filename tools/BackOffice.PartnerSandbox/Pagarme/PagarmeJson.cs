using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Pagarme;

/// <summary>Snapshots of orders and charges in Pagar.me v5's JSON shape (snake_case, amounts in cents).</summary>
public static class PagarmeJson
{
    public static JsonObject Order(PagarmeOrder order) => new()
    {
        ["id"] = order.Id,
        ["code"] = order.Code,
        ["amount"] = order.Amount,
        ["currency"] = "BRL",
        ["closed"] = order.Closed,
        ["items"] = order.Items?.DeepClone() ?? new JsonArray(),
        ["customer"] = order.Customer?.DeepClone(),
        ["status"] = order.Status,
        ["created_at"] = Timestamps.Iso(order.CreatedAt),
        ["updated_at"] = Timestamps.Iso(order.UpdatedAt),
        ["charges"] = new JsonArray(order.Charges.Select(c => (JsonNode)Charge(c, withOrder: false)).ToArray()),
        ["metadata"] = order.Metadata?.DeepClone() ?? new JsonObject(),
    };

    public static JsonObject Charge(PagarmeCharge charge, bool withOrder = true)
    {
        var json = new JsonObject
        {
            ["id"] = charge.Id,
            ["code"] = charge.Order.Code,
            ["gateway_id"] = charge.TransactionId[5..],
            ["amount"] = charge.Amount,
            ["paid_amount"] = charge.PaidAmount,
            ["canceled_amount"] = charge.CanceledAmount,
            ["status"] = charge.Status,
            ["currency"] = "BRL",
            ["payment_method"] = charge.PaymentMethod,
            ["paid_at"] = Timestamps.Iso(charge.PaidAt),
            ["canceled_at"] = Timestamps.Iso(charge.CanceledAt),
            ["created_at"] = Timestamps.Iso(charge.CreatedAt),
            ["updated_at"] = Timestamps.Iso(charge.UpdatedAt),
            ["customer"] = charge.Order.Customer?.DeepClone(),
            ["last_transaction"] = Transaction(charge),
        };
        if (withOrder)
        {
            json["order"] = new JsonObject
            {
                ["id"] = charge.Order.Id,
                ["code"] = charge.Order.Code,
                ["amount"] = charge.Order.Amount,
                ["status"] = charge.Order.Status,
            };
        }

        return json;
    }

    private static JsonObject Transaction(PagarmeCharge charge)
    {
        var json = new JsonObject
        {
            ["id"] = charge.TransactionId,
            ["transaction_type"] = charge.PaymentMethod,
            ["gateway_id"] = charge.TransactionId[5..],
            ["amount"] = charge.Amount,
            ["status"] = charge.TransactionStatus,
            ["success"] = charge.Status != "failed",
            ["created_at"] = Timestamps.Iso(charge.CreatedAt),
            ["updated_at"] = Timestamps.Iso(charge.UpdatedAt),
        };
        var documents = $"https://api.pagar.me/core/v5/transactions/{charge.TransactionId}";
        switch (charge.PaymentMethod)
        {
            case "pix":
                json["qr_code"] = $"00020101021226820014br.gov.bcb.pix2560sandbox.pagar.me/{charge.TransactionId}5204000053039865802BR6304ABCD";
                json["qr_code_url"] = $"{documents}/qrcode?payment_method=pix";
                json["expires_at"] = Timestamps.Iso(charge.ExpiresAt);
                break;
            case "boleto":
                json["url"] = $"{documents}/boleto";
                json["pdf"] = $"{documents}/pdf";
                json["line"] = "34191090080000000000000000000000000000000000000";
                json["barcode"] = $"{documents}/barcode";
                json["due_at"] = Timestamps.Iso(charge.ExpiresAt);
                break;
            default:
                json["operation_type"] = charge.TransactionStatus == "authorized_pending_capture" ? "auth_only" : "auth_and_capture";
                json["acquirer_message"] = charge.Status == "failed" ? "Transação recusada" : "Transação aprovada com sucesso";
                json["acquirer_return_code"] = charge.Status == "failed" ? "05" : "00";
                break;
        }

        return json;
    }
}
