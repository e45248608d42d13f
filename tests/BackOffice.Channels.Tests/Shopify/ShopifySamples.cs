using System.Text.Json.Nodes;
using BackOffice.Application.Intake;
using BackOffice.Channels.Shopify;
using BackOffice.Channels.Tests.Support;

namespace BackOffice.Channels.Tests.Shopify;

internal static class ShopifySamples
{
    /// <summary>Shaped after Shopify's documented <c>orders/create</c> example: USD, card authorized, no CPF.</summary>
    public static string Documented => Samples.Read("Shopify", "orders-create.json");

    /// <summary>A Brazilian store: BRL, CPF in a note attribute, PIX as a manual payment method, free-shipping code.</summary>
    public static string BrazilianPix => Samples.Read("Shopify", "orders-create-br-pix.json");

    public static string Cancelled => Samples.Read("Shopify", "orders-cancelled.json");

    public static ShopifyOrder Parse(string json)
    {
        var errors = new ValidationErrors();
        var order = ShopifyOrder.Parse(Samples.Bytes(json), errors);
        ErrorsAssert.None(errors);
        return order!;
    }

    public static MappedOrder MapValid(string json, bool hubCreatesCharges = true)
    {
        var errors = new ValidationErrors();
        var mapped = ShopifyOrderMapper.Map(Parse(json), errors, hubCreatesCharges);
        ErrorsAssert.None(errors);
        return mapped!;
    }

    public static ValidationErrors MapInvalid(string json)
    {
        var errors = new ValidationErrors();
        Assert.Null(ShopifyOrderMapper.Map(Parse(json), errors));
        return errors;
    }

    public static string WithNoteAttributes(string json, params (string Name, string Value)[] attributes) =>
        Samples.Edit(json, order => order["note_attributes"] = new JsonArray([.. attributes.Select(attribute => (JsonNode)new JsonObject { ["name"] = attribute.Name, ["value"] = attribute.Value })]));
}
