using System.Text.Json;

namespace BackOffice.Partners.Tests.ClearSale;

/// <summary>
/// The fields of ClearSale's documented <c>POST /v1/orders/</c> example (https://api.clearsale.com.br/docs/total-totalGarantido-application,
/// "Inclusão de Pedidos", and the same blocks in https://api.clearsale.com.br/docs/TravelFraudRadar): a field of ours
/// outside them is one ClearSale would not read.
/// </summary>
internal static class ClearSaleDocumentedFields
{
    private static readonly string[] Order =
    [
        "code", "sessionID", "date", "email", "b2bB2c", "itemValue", "totalValue", "numberOfInstallments", "ip", "isGift", "giftMessage",
        "observation", "status", "origin", "channelID", "reservationDate", "country", "nationality", "product", "customSla",
        "bankAuthentication", "subAcquirer", "list", "purchaseInformation", "socialNetwork", "billing", "shipping", "payments", "items",
    ];

    private static readonly string[] Party = ["clientID", "type", "primaryDocument", "secondaryDocument", "name", "birthDate", "email", "gender", "address", "phones", "deliveryType", "deliveryTime", "price", "pickUpStoreDocument"];
    private static readonly string[] Address = ["street", "number", "additionalInformation", "county", "city", "state", "zipcode", "country", "reference"];
    private static readonly string[] Phone = ["type", "ddi", "ddd", "number", "extension"];
    private static readonly string[] Payment = ["sequential", "date", "value", "type", "installments", "interestRate", "interestValue", "currency", "voucherOrderOrigin", "card", "address"];
    private static readonly string[] Card = ["number", "hash", "bin", "end", "type", "validityDate", "ownerName", "document"];
    private static readonly string[] Item = ["code", "name", "value", "amount", "categoryID", "categoryName"];

    public static void AssertConforms(JsonElement order)
    {
        Assert.Equal(JsonValueKind.Object, order.ValueKind);
        Conforms(order, Order, "order");
        foreach (var name in new[] { "billing", "shipping" })
        {
            if (order.TryGetProperty(name, out var party))
            {
                Conforms(party, Party, name);
                if (party.TryGetProperty("address", out var address))
                {
                    Conforms(address, Address, name + ".address");
                }

                foreach (var phone in party.GetProperty("phones").EnumerateArray())
                {
                    Conforms(phone, Phone, name + ".phones[]");
                }
            }
        }

        foreach (var payment in order.GetProperty("payments").EnumerateArray())
        {
            Conforms(payment, Payment, "payments[]");
            if (payment.TryGetProperty("card", out var card))
            {
                Conforms(card, Card, "payments[].card");
            }
        }

        foreach (var item in order.GetProperty("items").EnumerateArray())
        {
            Conforms(item, Item, "items[]");
        }
    }

    private static void Conforms(JsonElement element, string[] documented, string where)
    {
        var unknown = element.EnumerateObject().Select(property => property.Name).Except(documented).ToList();
        Assert.True(unknown.Count == 0, $"{where} has field(s) {string.Join(", ", unknown)} that ClearSale's manual does not show.");
    }
}
