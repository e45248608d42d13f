using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Tests.Shared;

public sealed class OrderFactsTests
{
    [Theory]
    [InlineData("hub-9-2", "hub-9")]
    [InlineData("HUB-9-2", "hub-9")]
    [InlineData("hub-9-x-3", "hub-9-x")]
    [InlineData("hub-9-y-z", "hub-9")]
    [InlineData("hub-9", "hub-9")]
    [InlineData("hub-9-", "hub-9-")]
    [InlineData("hub-99-2", "hub-99-2")]
    [InlineData("hub-", "hub-")]
    [InlineData("-", "-")]
    [InlineData("", "")]
    public void Resolve_WhenAReferenceExtendsAKnownOne_ReturnsTheLongestKnownPrefixBeforeADash(string reference, string expected)
    {
        var facts = new OrderFacts();
        facts.Learn("hub-9", "a@example.com");
        facts.Learn("hub-9-x", "b@example.com");

        Assert.Equal(expected, facts.Resolve(reference));
    }

    [Fact]
    public void Resolve_WhenNothingIsKnown_ReturnsTheReferenceItself()
        => Assert.Equal("vtex-1-01-2", new OrderFacts().Resolve("vtex-1-01-2"));
}
