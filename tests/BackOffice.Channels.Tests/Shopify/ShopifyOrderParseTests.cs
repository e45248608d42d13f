using BackOffice.Application.Intake;
using BackOffice.Channels.Shopify;
using BackOffice.Channels.Tests.Support;

namespace BackOffice.Channels.Tests.Shopify;

public sealed class ShopifyOrderParseTests
{
    [Fact]
    public void Parse_WhenDocumentedOrder_ReadsTheFieldsTheHubUses()
    {
        var order = ShopifySamples.Parse(ShopifySamples.Documented);

        Assert.Equal((820982911946154508L, "#9999", "388.00", "authorized"), (order.Id, order.Name, order.TotalPrice, order.FinancialStatus));
        Assert.Equal(("IPOD2008PINK", 567), (order.LineItems![0]!.Sku, order.LineItems[0]!.Grams));
        Assert.Equal("10.00", order.TotalShippingPriceSet!.ShopMoney!.Amount);
        Assert.Equal(["visa", "bogus"], order.PaymentGatewayNames!);
    }

    [Theory]
    [InlineData("{\"id\": ", "$")]
    [InlineData("not json", "$")]
    [InlineData("[1, 2]", "$")]
    [InlineData("null", "$")]
    [InlineData("{\"id\": 1, \"line_items\": [{\"quantity\": \"two\"}]}", "line_items[0].quantity")]
    [InlineData("{\"created_at\": \"yesterday\"}", "created_at")]
    [InlineData("{\"total_price\": {\"amount\": 1}}", "total_price")]
    public void Parse_WhenBodyIsWrong_ReportsWhereInsteadOfThrowing(string body, string path)
    {
        var errors = new ValidationErrors();

        Assert.Null(ShopifyOrder.Parse(Samples.Bytes(body), errors));
        ErrorsAssert.HasPaths(errors, path);
    }

    [Fact]
    public void Parse_WhenIdIsQuoted_ReadsIt()
    {
        var errors = new ValidationErrors();

        var order = ShopifyOrder.Parse(Samples.Bytes("{\"id\": \"450789469\"}"), errors);

        Assert.Equal(450789469, order!.Id);
    }
}
