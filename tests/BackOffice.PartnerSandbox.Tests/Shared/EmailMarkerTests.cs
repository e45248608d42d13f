using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Tests.Shared;

public sealed class EmailMarkerTests
{
    [Theory]
    [InlineData("ana@example.com", CustomerOutcome.Happy)]
    [InlineData(null, CustomerOutcome.Happy)]
    [InlineData("ana+review@example.com", CustomerOutcome.Review)]
    [InlineData("ana+DENY@example.com", CustomerOutcome.Deny)]
    [InlineData("ana+decline@example.com", CustomerOutcome.Decline)]
    [InlineData("ana+nopay@example.com", CustomerOutcome.NoPay)]
    [InlineData("ana+nfe-reject@example.com", CustomerOutcome.NfeReject)]
    [InlineData("ana+x+undeliverable@example.com", CustomerOutcome.Undeliverable)]
    [InlineData("ana@deny.example.com", CustomerOutcome.Happy)]
    public void Reads_the_marker_from_the_local_part(string? email, CustomerOutcome expected)
        => Assert.Equal(expected, EmailMarker.Parse(email));

    [Fact]
    public void Facts_resolve_attempt_suffixes_to_the_known_order()
    {
        var facts = new OrderFacts();
        facts.Learn("vtex-1234567890123-01", "a+nfe-reject@example.com");

        Assert.Equal("vtex-1234567890123-01", facts.Resolve("vtex-1234567890123-01-2"));
        Assert.Equal("hub-9", facts.Resolve("hub-9"));
        Assert.Equal(CustomerOutcome.NfeReject, facts.OutcomeOf("VTEX-1234567890123-01"));
    }
}
