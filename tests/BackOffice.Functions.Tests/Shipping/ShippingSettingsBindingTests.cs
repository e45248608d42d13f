using BackOffice.Application.Shipping;
using Microsoft.Extensions.Configuration;

namespace BackOffice.Functions.Tests.Shipping;

/// <summary>The <c>Shipping</c> section as the function app binds it (FunctionApp: <c>GetSection(...).Get&lt;ShippingPlanSettings&gt;()</c>).</summary>
public sealed class ShippingSettingsBindingTests
{
    [Fact]
    public void Get_WhenSettingsComeAsEnvironmentStyleKeys_MapsNamesInAnyCaseAndKeepsTheDefaultsNotSet()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Shipping:ServiceMap:Sedex"] = "2",
            ["Shipping:Skus:TSHIRT-M:WeightGrams"] = "180",
            ["Shipping:DefaultItem:WeightGrams"] = "250",
        }).Build();

        var settings = configuration.GetSection(ShippingPlanSettings.Section).Get<ShippingPlanSettings>()!;

        Assert.Equal(2, settings.ServiceMap["SEDEX"]);
        Assert.Equal(180, settings.Skus["tshirt-m"].WeightGrams);
        Assert.Equal((250, 10m, 7), (settings.DefaultItem.WeightGrams, settings.DefaultItem.HeightCm, settings.PromiseBusinessDays));
    }
}
