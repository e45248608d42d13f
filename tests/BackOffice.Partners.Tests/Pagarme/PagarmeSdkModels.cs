using System.Text.Json;

namespace BackOffice.Partners.Tests.Pagarme;

/// <summary>
/// The request fields Pagar.me's own .NET SDK knows, per model (pagarme/pagarme-net-standard-sdk at d298ef5,
/// PagarmeApiSDK.Standard/Models/Create*Request.cs, the <c>[JsonProperty]</c> names). A field of ours outside these
/// is one Pagar.me would not read.
/// </summary>
internal static class PagarmeSdkModels
{
    private static readonly Dictionary<string, string[]> Models = new()
    {
        ["CreateOrderRequest"] = ["items", "customer", "payments", "code", "customer_id", "shipping", "metadata", "antifraud_enabled", "ip", "session_id", "location", "device", "closed", "currency", "antifraud", "submerchant"],
        ["CreatePaymentRequest"] = ["payment_method", "credit_card", "debit_card", "boleto", "currency", "voucher", "split", "bank_transfer", "gateway_affiliation_id", "amount", "checkout", "customer_id", "customer", "metadata", "cash", "private_label", "pix"],
        ["CreateCreditCardPaymentRequest"] = ["installments", "statement_descriptor", "card", "card_id", "card_token", "recurrence", "capture", "extended_limit_enabled", "extended_limit_code", "merchant_category_code", "authentication", "contactless", "auto_recovery", "operation_type", "recurrency_cycle", "payload", "initiated_type", "recurrence_model", "payment_origin", "indirect_acceptor"],
        ["CreatePixPaymentRequest"] = ["expires_at", "expires_in", "additional_information"],
        ["CreateBoletoPaymentRequest"] = ["retries", "bank", "instructions", "due_at", "billing_address", "billing_address_id", "nosso_numero", "document_number", "statement_descriptor", "interest", "fine", "max_days_to_pay_past_due"],
        ["CreateCustomerRequest"] = ["name", "email", "document", "type", "address", "metadata", "phones", "code", "gender", "document_type"],
        ["CreateOrderItemRequest"] = ["amount", "description", "quantity", "category", "code"],
        ["CreateAddressRequest"] = ["street", "number", "zip_code", "neighborhood", "city", "state", "country", "complement", "metadata", "line_1", "line_2"],
        ["CreatePhonesRequest"] = ["home_phone", "mobile_phone"],
        ["CreatePhoneRequest"] = ["country_code", "number", "area_code"],
    };

    /// <summary>Every field of a <c>POST /orders</c> body, checked against the SDK model it belongs to.</summary>
    public static void AssertOrderConforms(JsonElement order)
    {
        Conforms(order, "CreateOrderRequest");
        foreach (var item in order.GetProperty("items").EnumerateArray())
        {
            Conforms(item, "CreateOrderItemRequest");
        }

        var customer = order.GetProperty("customer");
        Conforms(customer, "CreateCustomerRequest");
        if (customer.TryGetProperty("address", out var address))
        {
            Conforms(address, "CreateAddressRequest");
        }

        if (customer.TryGetProperty("phones", out var phones))
        {
            Conforms(phones, "CreatePhonesRequest");
            foreach (var phone in phones.EnumerateObject())
            {
                Conforms(phone.Value, "CreatePhoneRequest");
            }
        }

        foreach (var payment in order.GetProperty("payments").EnumerateArray())
        {
            Conforms(payment, "CreatePaymentRequest");
            foreach (var (name, model) in new[] { ("credit_card", "CreateCreditCardPaymentRequest"), ("pix", "CreatePixPaymentRequest"), ("boleto", "CreateBoletoPaymentRequest") })
            {
                if (payment.TryGetProperty(name, out var method))
                {
                    Conforms(method, model);
                }
            }
        }
    }

    private static void Conforms(JsonElement element, string model)
    {
        var unknown = element.EnumerateObject().Select(property => property.Name).Except(Models[model]).ToList();
        Assert.True(unknown.Count == 0, $"{model} has no field(s) {string.Join(", ", unknown)} in Pagar.me's SDK.");
    }
}
