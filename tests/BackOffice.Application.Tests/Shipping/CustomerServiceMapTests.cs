using BackOffice.Application.Shipping;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Shipping;

public sealed class CustomerServiceMapTests
{
    private readonly ShippingPlanSettings _settings = new() { ServiceMap = new(StringComparer.OrdinalIgnoreCase) { ["SEDEX"] = 2, ["Entrega Normal"] = 1 } };

    [Fact]
    public void Resolve_WhenTheCodeIsMapped_ReturnsItsServiceInAnyCase()
    {
        Assert.Equal((2, null), CustomerServiceMap.Resolve(new CustomerDelivery("sedex", "Entrega Normal", null), _settings));
    }

    [Fact]
    public void Resolve_WhenOnlyTheTitleIsMapped_ReturnsTheTitlesService()
    {
        Assert.Equal((1, null), CustomerServiceMap.Resolve(new CustomerDelivery("custom-rate-17", " Entrega Normal ", null), _settings));
    }

    [Fact]
    public void Resolve_WhenNothingIsMapped_GuessesNothingAndReportsTheNames()
    {
        Assert.Equal((null, "Retira / Retira na loja"), CustomerServiceMap.Resolve(new CustomerDelivery("Retira", "Retira na loja", null), _settings));
    }

    [Fact]
    public void Resolve_WhenTheStorefrontNamedNoService_ReportsNothing()
    {
        Assert.Equal((null, null), CustomerServiceMap.Resolve(CustomerDelivery.None, _settings));
    }
}
