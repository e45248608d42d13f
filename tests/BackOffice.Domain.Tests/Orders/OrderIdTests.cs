using BackOffice.Domain.Orders;

namespace BackOffice.Domain.Tests.Orders;

public sealed class OrderIdTests
{
    [Theory]
    [InlineData(SalesChannel.Shopify, "450789469", "shopify-450789469")]
    [InlineData(SalesChannel.Vtex, "1234567890123-01", "vtex-1234567890123-01")]
    [InlineData(SalesChannel.Hub, "ABC.9_x", "hub-abc.9_x")]
    public void For_WhenExternalIdIsValid_IsChannelDashIdInLowerCase(SalesChannel channel, string externalId, string expected)
    {
        Assert.Equal(expected, OrderId.For(channel, externalId).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("-leading")]
    [InlineData("has space")]
    [InlineData("x#1")]
    public void For_WhenExternalIdIsUnsafe_Throws(string externalId)
    {
        Assert.Throws<ArgumentException>(() => OrderId.For(SalesChannel.Hub, externalId));
    }

    [Theory]
    [InlineData("hub-1001", true)]
    [InlineData("HUB-1001", false)]
    [InlineData("hub", false)]
    [InlineData("../etc", false)]
    public void TryParse_WhenGivenText_AcceptsOnlyCanonicalIds(string text, bool valid)
    {
        Assert.Equal(valid, OrderId.TryParse(text, out _));
    }
}
