using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Rules;

namespace BackOffice.Domain.Tests.Orders;

public sealed class RecipientAddressMustBeCompleteRuleTests
{
    private static readonly Address Complete = new("Av. Paulista", "1000", null, "Bela Vista", "São Paulo", "SP", "01310-100", "BR");

    [Fact]
    public void IsBroken_WhenEveryPartIsThere_IsFalse() =>
        Assert.False(new RecipientAddressMustBeCompleteRule(Complete).IsBroken());

    [Fact]
    public void IsBroken_WhenDistrictAndPostalCodeAreBlank_NamesBoth()
    {
        var rule = new RecipientAddressMustBeCompleteRule(Complete with { District = " ", PostalCode = "" });

        Assert.True(rule.IsBroken());
        Assert.Equal("The shipping address has no district, postal code; the NF-e cannot be issued.", rule.Message);
    }

    [Fact]
    public void IsBroken_WhenThereIsNoAddress_SaysSo()
    {
        var rule = new RecipientAddressMustBeCompleteRule(null);

        Assert.True(rule.IsBroken());
        Assert.Contains("no shipping address", rule.Message);
    }
}
