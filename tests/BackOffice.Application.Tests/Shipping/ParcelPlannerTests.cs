using BackOffice.Application.Shipping;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Shipping;

public sealed class ParcelPlannerTests
{
    private static readonly OrderAmounts Amounts = new(Currency.Of("BRL"), 20000, 1500, 2500, 19000);

    private readonly ShippingPlanSettings _settings = new();

    [Fact]
    public void Plan_WhenTheStorefrontSentWeightsAndSizes_SumsWeightsStacksHeightsAndTakesTheLargestFootprint()
    {
        OrderLine[] lines =
        [
            new("MUG", "Caneca", 2, 5000, 400, new ItemDimensions(10, 9, 12)),
            new("BOOK", "Livro", 1, 10000, 650, new ItemDimensions(3.2m, 16, 23)),
        ];

        var parcel = ParcelPlanner.Plan(lines, Amounts, _settings);

        Assert.Equal(new Parcel(1450, 24, 16, 23, 17500), parcel);
    }

    [Fact]
    public void Plan_WhenTheStorefrontSentNothing_UsesTheSkuSettingThenTheDefaultItem()
    {
        _settings.Skus["TSHIRT-M"] = new ItemPackaging { WeightGrams = 180, HeightCm = 3, WidthCm = 20, LengthCm = 25 };
        _settings.DefaultItem = new ItemPackaging { WeightGrams = 500, HeightCm = 10, WidthCm = 15, LengthCm = 20 };
        OrderLine[] lines = [new("tshirt-m", "Camiseta", 3, 4000), new("OTHER", "Outro", 1, 8000)];

        var parcel = ParcelPlanner.Plan(lines, Amounts, _settings);

        Assert.Equal((1040, 19, 20, 25), (parcel.WeightGrams, parcel.HeightCm, parcel.WidthCm, parcel.LengthCm));
    }

    [Fact]
    public void Plan_WhenTheSkuSettingLacksTheSize_TakesTheWeightFromItAndTheSizeFromTheDefaultItem()
    {
        _settings.Skus["PEN"] = new ItemPackaging { WeightGrams = 20 };

        var parcel = ParcelPlanner.Plan([new OrderLine("PEN", "Caneta", 1, 300)], Amounts, _settings);

        Assert.Equal((20, 10, 20, 30), (parcel.WeightGrams, parcel.HeightCm, parcel.WidthCm, parcel.LengthCm));
    }

    [Fact]
    public void Plan_WhenTheItemsAreSmallerThanTheCarriersSmallestBox_DeclaresTheSmallestBox()
    {
        var parcel = ParcelPlanner.Plan([new OrderLine("RING", "Anel", 1, 9000, 15, new ItemDimensions(0.5m, 3, 3))], Amounts, _settings);

        Assert.Equal((15, ParcelPlanner.MinHeightCm, ParcelPlanner.MinWidthCm, ParcelPlanner.MinLengthCm), (parcel.WeightGrams, parcel.HeightCm, parcel.WidthCm, parcel.LengthCm));
    }

    [Fact]
    public void Plan_WhenTheDiscountExceedsTheItems_DeclaresNoNegativeValue()
    {
        var parcel = ParcelPlanner.Plan([new OrderLine("GIFT", "Brinde", 1, 0)], new OrderAmounts(Currency.Of("BRL"), 0, 0, 100, 0), _settings);

        Assert.Equal(0, parcel.InsuranceCents);
    }
}
