using BackOffice.Channels.Shopify;

namespace BackOffice.Channels.Tests.Shopify;

public sealed class ShopifyWebhookTopicsTests
{
    [Theory]
    [InlineData("orders/create", true)]
    [InlineData("orders/updated", true)]
    [InlineData("orders/cancelled", true)]
    [InlineData("orders/paid", true)]
    [InlineData("orders/delete", false)]
    [InlineData("products/create", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsOrderTopic_WhenTopic_SaysWhetherTheBodyIsAnOrder(string? topic, bool expected) =>
        Assert.Equal(expected, ShopifyWebhookTopics.IsOrderTopic(topic));
}
