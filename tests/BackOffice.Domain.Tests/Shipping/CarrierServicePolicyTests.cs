using BackOffice.Domain.Shipping;

namespace BackOffice.Domain.Tests.Shipping;

public sealed class CarrierServicePolicyTests
{
    private static readonly ServiceQuote Pac = new(1, "Correios", "PAC", 2190, 8);
    private static readonly ServiceQuote Sedex = new(2, "Correios", "SEDEX", 3990, 3);
    private static readonly ServiceQuote Package = new(3, "Jadlog", ".Package", 2590, 5);
    private static readonly ServiceQuote[] Quotes = [Sedex, Pac, Package];

    [Fact]
    public void Choose_WhenTheCustomerChoseAQuotedService_TakesItEvenIfDearer()
    {
        var choice = CarrierServicePolicy.Choose(Quotes, customersServiceId: 2, daysLeft: 10);

        Assert.Equal((Sedex, false), (choice!.Service, choice.PromiseAtRisk));
        Assert.Contains("customer", choice.Reason);
    }

    [Fact]
    public void Choose_WhenTheCustomersServiceWasNotQuoted_FallsBackToTheCheapestOnTime()
    {
        var choice = CarrierServicePolicy.Choose(Quotes, customersServiceId: 17, daysLeft: 6);

        Assert.Equal(Package, choice!.Service);
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(8, 1)]
    [InlineData(6, 3)]
    [InlineData(3, 2)]
    public void Choose_WithoutTheCustomersChoice_TakesTheCheapestThatKeepsThePromise(int daysLeft, int expectedServiceId)
    {
        var choice = CarrierServicePolicy.Choose(Quotes, customersServiceId: null, daysLeft);

        Assert.Equal((expectedServiceId, false), (choice!.Service.ServiceId, choice.PromiseAtRisk));
    }

    [Fact]
    public void Choose_WhenNoServiceIsOnTime_TakesTheFastestAndMarksThePromiseAtRisk()
    {
        var choice = CarrierServicePolicy.Choose(Quotes, customersServiceId: null, daysLeft: 2);

        Assert.Equal((Sedex, true), (choice!.Service, choice.PromiseAtRisk));
        Assert.Contains("promise at risk", choice.Reason);
    }

    [Fact]
    public void CheapestOnTime_WhenTwoCostTheSame_TakesTheFaster()
    {
        var slowTwin = Pac with { ServiceId = 4, DeliveryDays = 9 };

        Assert.Equal(Pac, CheapestOnTimeServiceRule.Choose([slowTwin, Pac], daysLeft: 10)!.Service);
    }

    [Fact]
    public void Choose_WhenTheQuoteIsEmpty_ChoosesNothing()
    {
        Assert.Null(CarrierServicePolicy.Choose([], customersServiceId: 1, daysLeft: 5));
    }
}
