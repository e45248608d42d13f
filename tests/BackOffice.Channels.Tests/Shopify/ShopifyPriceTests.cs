using BackOffice.Application.Intake;
using BackOffice.Channels.Shopify;
using BackOffice.Channels.Tests.Support;

namespace BackOffice.Channels.Tests.Shopify;

public sealed class ShopifyPriceTests
{
    [Theory]
    [InlineData("199.00", 19900)]
    [InlineData("19.99", 1999)]
    [InlineData("0.1", 10)]
    [InlineData("1234.5", 123450)]
    [InlineData("10.500", 1050)]
    [InlineData("0", 0)]
    [InlineData("0.29", 29)]
    [InlineData("-5.00", -500)]
    public void ToCents_WhenDecimalString_ReturnsExactCents(string text, long cents)
    {
        var errors = new ValidationErrors();

        Assert.Equal(cents, ShopifyPrice.ToCents(text, "total_price", errors));
        ErrorsAssert.None(errors);
    }

    [Theory]
    [InlineData("10.005")]
    [InlineData("0.001")]
    [InlineData("19.999")]
    public void ToCents_WhenMoreThanTwoDecimals_ReportsThePath(string text)
    {
        var errors = new ValidationErrors();

        Assert.Null(ShopifyPrice.ToCents(text, "line_items[0].price", errors));
        Assert.Contains("more than 2 decimal places", ErrorsAssert.HasPaths(errors, "line_items[0].price")[0]);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1,50")]
    [InlineData("1e3")]
    [InlineData("R$ 10,00")]
    [InlineData("99999999999999999999999.00")]
    public void ToCents_WhenNotAnAmount_ReportsThePath(string text)
    {
        var errors = new ValidationErrors();

        Assert.Null(ShopifyPrice.ToCents(text, "total_price", errors));
        ErrorsAssert.HasPaths(errors, "total_price");
    }

    [Fact]
    public void ToCents_WhenNull_ReturnsNullWithoutError()
    {
        var errors = new ValidationErrors();

        Assert.Null(ShopifyPrice.ToCents(null, "total_discounts", errors));
        ErrorsAssert.None(errors);
    }
}
