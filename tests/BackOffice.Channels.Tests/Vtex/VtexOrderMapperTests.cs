using System.Text.Json.Nodes;
using BackOffice.Channels.Tests.Support;
using BackOffice.Domain.Orders;

namespace BackOffice.Channels.Tests.Vtex;

public sealed class VtexOrderMapperTests
{
    [Fact]
    public void Map_WhenDocumentedShape_TurnsTheNegativeDiscountTotalIntoAPositiveDiscount()
    {
        var placement = VtexSamples.MapValid(VtexSamples.PixOrder).Placement;

        Assert.Equal(new OrderAmounts(Currency.Of("BRL"), 32980, 1200, 3290, 30890), placement.Amounts);
    }

    [Fact]
    public void Map_WhenDocumentedShape_KeepsTheVtexOrderIdAndLowerCasesTheHubId()
    {
        var placement = VtexSamples.MapValid(Samples.Edit(VtexSamples.PixOrder, order => order["orderId"] = "v1468292613054LUX-01")).Placement;

        Assert.Equal((SalesChannel.Vtex, "v1468292613054LUX-01"), (placement.Channel, placement.ExternalId));
        Assert.Equal("vtex-v1468292613054lux-01", OrderId.For(placement.Channel, placement.ExternalId).Value);
    }

    [Fact]
    public void Map_WhenDocumentedShape_MapsLinesCustomerAddressAndPayment()
    {
        var mapped = VtexSamples.MapValid(VtexSamples.PixOrder);
        var placement = mapped.Placement;

        Assert.Equal(
            [
                new OrderLine("TEN-COR-LEV-41", "Tênis Corrida Leve Masculino 41", 2, 14990, 700, new ItemDimensions(12, 20, 32)),
                new OrderLine("MEI-ESP-3P", "Meia Esportiva Cano Curto (3 pares)", 1, 3000, 150, new ItemDimensions(4, 12, 20)),
            ],
            placement.Lines);
        Assert.Equal(new Customer("Rodrigo Cunha", "7f3c2a9e5b1d4c8fa6e0b2d4c6e8f0a1@ct.vtex.com.br", "11144477735", "+5521972321094"), placement.Customer);
        Assert.Equal(new Address("Praia de Botafogo", "300", "Sala 301", "Botafogo", "Rio de Janeiro", "RJ", "22250-040", "BR"), placement.ShippingAddress);
        Assert.Equal(new Payment(PaymentMethod.Pix, 30890, ChargeCreatedByCheckout: true, Installments: 1), placement.Payment);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 55, 3, TimeSpan.Zero).AddTicks(8999830), placement.PlacedAt);
        Assert.Empty(mapped.Warnings);
    }

    [Fact]
    public void Map_WhenDocumentedShape_KeepsTheSelectedSlaAndTheEstimatedDate()
    {
        var placement = VtexSamples.MapValid(VtexSamples.PixOrder).Placement;

        Assert.Equal(new CustomerDelivery("Normal", null, new DateTimeOffset(2026, 11, 30, 14, 55, 3, TimeSpan.Zero).AddTicks(8999830)), placement.Delivery);
    }

    [Fact]
    public void Map_WhenOnlyTheEstimateIsGiven_CountsItsBusinessDaysFromTheOrderDate()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order =>
        {
            foreach (var info in order["shippingData"]!["logisticsInfo"]!.AsArray().OfType<JsonObject>())
            {
                info.Remove("shippingEstimateDate");
                info["shippingEstimate"] = "5bd";
            }
        });

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), VtexSamples.MapValid(json).Placement.Delivery!.PromisedBy);
    }

    [Fact]
    public void Map_WhenAnItemHasNoDimension_LeavesItsWeightAndSizeToTheSettings()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order => order["items"]![0]!["additionalInfo"]!["dimension"] = new JsonObject { ["weight"] = 0, ["height"] = 10 });

        var line = VtexSamples.MapValid(json).Placement.Lines[0];

        Assert.Equal((null, null), (line.WeightGrams, line.Dimensions));
    }

    [Fact]
    public void Map_WhenRefIdIsMissing_FallsBackToTheVtexSkuId()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order => order["items"]![1]!["refId"] = null);

        Assert.Equal("2000610", VtexSamples.MapValid(json).Placement.Lines[1].Sku);
    }

    [Fact]
    public void Map_WhenBothRefIdAndIdAreMissing_ReportsRefId()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order =>
        {
            order["items"]![0]!["refId"] = null;
            order["items"]![0]!.AsObject().Remove("id");
        });

        ErrorsAssert.HasPaths(VtexSamples.MapInvalid(json), "items[0].refId");
    }

    [Fact]
    public void Map_WhenDiscountTotalIsPositive_StillSubtractsIt()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order => order["totals"]![1]!["value"] = 3290);

        Assert.Equal(3290, VtexSamples.MapValid(json).Placement.Amounts.DiscountCents);
    }

    [Fact]
    public void Map_WhenThereIsNoShippingTotal_SumsTheLogisticsPrices()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order => order["totals"]!.AsArray().RemoveAt(2));

        Assert.Equal(1200, VtexSamples.MapValid(json).Placement.Amounts.ShippingCents);
    }

    [Fact]
    public void Map_WhenItemsTotalDoesNotMatchTheItems_ReportsItsPath()
    {
        var errors = VtexSamples.MapInvalid(Samples.Edit(VtexSamples.PixOrder, order => order["totals"]![0]!["value"] = 33000));

        Assert.Contains("32980", ErrorsAssert.HasPaths(errors, "totals[0].value")[0]);
    }

    [Fact]
    public void Map_WhenTaxIsAddedOnTop_ReportsTheTaxTotal()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order =>
        {
            order["totals"]![3]!["value"] = 500;
            order["value"] = 31390;
        });

        ErrorsAssert.HasPaths(VtexSamples.MapInvalid(json), "totals[3].value");
    }

    [Fact]
    public void Map_WhenValueDoesNotAddUp_ReportsTheOrderRule()
    {
        var errors = VtexSamples.MapInvalid(Samples.Edit(VtexSamples.PixOrder, order => order["value"] = 30000));

        ErrorsAssert.HasPaths(errors, "order");
    }

    [Theory]
    [InlineData("creditCard", PaymentMethod.CreditCard)]
    [InlineData("debitCard", PaymentMethod.CreditCard)]
    [InlineData("instantPayment", PaymentMethod.Pix)]
    [InlineData("pix", PaymentMethod.Pix)]
    [InlineData("bankInvoice", PaymentMethod.Boleto)]
    public void Map_WhenPaymentGroup_MapsTheMethodAsCreatedByCheckout(string group, PaymentMethod method)
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order =>
        {
            var payment = order["paymentData"]!["transactions"]![0]!["payments"]![0]!;
            payment["group"] = group;
            payment["installments"] = group == "creditCard" ? 3 : 1;
        });

        var payment = VtexSamples.MapValid(json).Placement.Payment;

        Assert.Equal(new Payment(method, 30890, true, group == "creditCard" ? 3 : 1), payment);
    }

    [Fact]
    public void Map_WhenTwoCardsPayTogether_AddsThemUp()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order =>
        {
            var payments = order["paymentData"]!["transactions"]![0]!["payments"]!.AsArray();
            payments[0]!["group"] = "creditCard";
            payments[0]!["value"] = 20000;
            payments.Add(new JsonObject { ["group"] = "creditCard", ["value"] = 10890, ["installments"] = 2 });
        });

        Assert.Equal(new Payment(PaymentMethod.CreditCard, 30890, true, 2), VtexSamples.MapValid(json).Placement.Payment);
    }

    [Fact]
    public void Map_WhenAnInactiveTransactionIsThere_IgnoresIt()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order => order["paymentData"]!["transactions"]!.AsArray().Insert(
            0, new JsonObject { ["isActive"] = false, ["payments"] = new JsonArray(new JsonObject { ["group"] = "giftCard", ["value"] = 100 }) }));

        Assert.Equal(PaymentMethod.Pix, VtexSamples.MapValid(json).Placement.Payment.Method);
    }

    [Fact]
    public void Map_WhenPaymentGroupIsUnknownOrMixed_ReportsThePaths()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order =>
        {
            var payments = order["paymentData"]!["transactions"]![0]!["payments"]!.AsArray();
            payments.Add(new JsonObject { ["group"] = "giftCard", ["value"] = 0 });
            payments.Add(new JsonObject { ["group"] = "creditCard", ["value"] = 0 });
        });

        ErrorsAssert.HasPaths(VtexSamples.MapInvalid(json), "paymentData.transactions[0].payments[1].group", "paymentData.transactions");
    }

    [Fact]
    public void Map_WhenCorporateBuyer_TakesTheCnpjAndTheCompanyName()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order =>
        {
            var profile = order["clientProfileData"]!;
            profile["isCorporate"] = true;
            profile["corporateName"] = "Exemplo Comércio Ltda";
            profile["corporateDocument"] = "11.222.333/0001-81";
        });

        var customer = VtexSamples.MapValid(json).Placement.Customer;

        Assert.Equal(("Exemplo Comércio Ltda", "11222333000181"), (customer.Name, customer.Document));
    }

    [Fact]
    public void Map_WhenCpfIsInvalid_SucceedsWithoutDocumentAndWarns()
    {
        var mapped = VtexSamples.MapValid(Samples.Edit(VtexSamples.PixOrder, order => order["clientProfileData"]!["document"] = "11144477736"));

        Assert.Null(mapped.Placement.Customer.Document);
        var warning = Assert.Single(mapped.Warnings);
        Assert.Equal((MappingWarningKind.DocumentInvalid, "clientProfileData.document"), (warning.Kind, warning.Path));
    }

    [Fact]
    public void Map_WhenCpfIsMissing_SucceedsWithoutDocumentAndWarns()
    {
        var mapped = VtexSamples.MapValid(Samples.Edit(VtexSamples.PixOrder, order => order["clientProfileData"]!["document"] = null));

        Assert.Null(mapped.Placement.Customer.Document);
        Assert.NotEmpty(mapped.Warnings);
        Assert.Equal(MappingWarningKind.DocumentMissing, Assert.Single(mapped.Warnings).Kind);
    }

    [Fact]
    public void Map_WhenStreetNumberIsMissing_TakesSnAndWarns()
    {
        var mapped = VtexSamples.MapValid(Samples.Edit(VtexSamples.PixOrder, order => order["shippingData"]!["address"]!["number"] = null));

        Assert.Equal("S/N", mapped.Placement.ShippingAddress!.Number);
        Assert.Equal((MappingWarningKind.AddressIncomplete, "shippingData.address.number"), (mapped.Warnings[0].Kind, mapped.Warnings[0].Path));
    }

    [Fact]
    public void Map_WhenRequiredFieldsAreMissing_ReportsEveryPathAtOnce()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order =>
        {
            order.Remove("orderId");
            order.Remove("creationDate");
            order.Remove("value");
            order["clientProfileData"]!["email"] = null;
            order["clientProfileData"]!["firstName"] = null;
            order["clientProfileData"]!["lastName"] = "";
            order["items"]![0]!.AsObject().Remove("quantity");
            order["items"]![1]!["price"] = null;
            order["shippingData"]!["address"]!["neighborhood"] = null;
            order["paymentData"]!["transactions"] = new JsonArray();
            order["storePreferencesData"]!["currencyCode"] = "XYZ";
        });

        ErrorsAssert.HasPaths(
            VtexSamples.MapInvalid(json),
            "orderId", "creationDate", "value", "clientProfileData.email", "clientProfileData.firstName",
            "items[0].quantity", "items[1].price", "shippingData.address.neighborhood", "paymentData.transactions",
            "storePreferencesData.currencyCode");
    }

    [Fact]
    public void Map_WhenOrderIdHasCharactersStorageRefuses_ReportsOrderId()
    {
        ErrorsAssert.HasPaths(VtexSamples.MapInvalid(Samples.Edit(VtexSamples.PixOrder, order => order["orderId"] = "1468292613054/01")), "orderId");
    }

    [Fact]
    public void Map_WhenStorePreferencesAreAbsent_AssumesBrl()
    {
        var json = Samples.Edit(VtexSamples.PixOrder, order => order.Remove("storePreferencesData"));

        Assert.Equal("BRL", VtexSamples.MapValid(json).Placement.Amounts.Currency.Code);
    }
}
