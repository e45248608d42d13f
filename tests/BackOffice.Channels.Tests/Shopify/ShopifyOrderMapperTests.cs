using BackOffice.Channels.Tests.Support;
using BackOffice.Domain.Orders;

namespace BackOffice.Channels.Tests.Shopify;

public sealed class ShopifyOrderMapperTests
{
    [Fact]
    public void Map_WhenDocumentedOrder_MapsAmountsToCentsSoTheTotalAddsUp()
    {
        var placement = ShopifySamples.MapValid(ShopifySamples.Documented).Placement;

        Assert.Equal((SalesChannel.Shopify, "820982911946154508"), (placement.Channel, placement.ExternalId));
        Assert.Equal(new OrderAmounts(Currency.Of("USD"), 39800, 1000, 2000, 38800), placement.Amounts);
        Assert.Equal(
            [new OrderLine("IPOD2008PINK", "IPod Nano - 8GB", 1, 19900, 567), new OrderLine("IPOD2008BLACK", "IPod Nano - 8GB", 1, 19900, 567)],
            placement.Lines);
        Assert.Equal(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero), placement.PlacedAt);
        Assert.Equal(TimeSpan.Zero, placement.PlacedAt.Offset);
        Assert.Equal("shopify-820982911946154508", OrderId.For(placement.Channel, placement.ExternalId).Value);
    }

    [Fact]
    public void Map_WhenTheOrderHasAShippingLine_KeepsItsCodeAndTitleForTheServiceMapAndNoPromisedDate()
    {
        var placement = ShopifySamples.MapValid(ShopifySamples.BrazilianPix).Placement;

        Assert.Equal(new CustomerDelivery("SEDEX", "SEDEX", null), placement.Delivery);
    }

    [Fact]
    public void Map_WhenTheShippingLineHasNoCodeAndALineHasNoWeight_KeepsTheTitleAndLeavesTheWeightToTheSettings()
    {
        var json = Samples.Edit(ShopifySamples.BrazilianPix, order =>
        {
            order["shipping_lines"]![0]!["code"] = null;
            order["shipping_lines"]![0]!["title"] = "Entrega Expressa";
            order["line_items"]![0]!["grams"] = 0;
        });

        var placement = ShopifySamples.MapValid(json).Placement;

        Assert.Equal(new CustomerDelivery(null, "Entrega Expressa", null), placement.Delivery);
        Assert.Null(placement.Lines[0].WeightGrams);
    }

    [Fact]
    public void Map_WhenTheOrderHasNoShippingLine_SaysNothingAboutTheDelivery()
    {
        var json = Samples.Edit(ShopifySamples.BrazilianPix, order => order["shipping_lines"] = new System.Text.Json.Nodes.JsonArray());

        Assert.Equal(CustomerDelivery.None, ShopifySamples.MapValid(json).Placement.Delivery);
    }

    [Fact]
    public void Map_WhenDocumentedOrder_TakesTheOrderEmailAndTheCustomerName()
    {
        var customer = ShopifySamples.MapValid(ShopifySamples.Documented).Placement.Customer;

        Assert.Equal(new Customer("John Smith", "jon@example.com", null, "555-555-SHIP"), customer);
    }

    [Fact]
    public void Map_WhenBrazilianPixOrder_MapsAmountsDocumentAddressAndPayment()
    {
        var mapped = ShopifySamples.MapValid(ShopifySamples.BrazilianPix);
        var placement = mapped.Placement;

        Assert.Equal(new OrderAmounts(Currency.Of("BRL"), 27969, 1990, 4787, 25172), placement.Amounts);
        Assert.Equal(new OrderLine("CAM-BAS-AZ-M", "Camiseta Básica Algodão", 2, 7990, 300), placement.Lines[0]);
        Assert.Equal("52998224725", placement.Customer.Document);
        Assert.Equal(new Customer("Marina Souza", "marina.souza@example.com.br", "52998224725", "+5511987654321"), placement.Customer);
        Assert.Equal(new Address("Rua Augusta", "1508", "Apto 42", "Consolação", "São Paulo", "SP", "01304-001", "BR"), placement.ShippingAddress);
        Assert.Equal(new Payment(PaymentMethod.Pix, 25172, ChargeCreatedByCheckout: false, Installments: 1), placement.Payment);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 55, 0, TimeSpan.Zero), placement.PlacedAt);
        Assert.Empty(mapped.Warnings);
        Assert.Empty(mapped.Warnings);
    }

    [Fact]
    public void Map_WhenShippingDiscountIsNotInTotalDiscounts_UsesTheDiscountedShipping()
    {
        var json = Samples.Edit(ShopifySamples.BrazilianPix, order => order["total_discounts"] = "27.97");

        var amounts = ShopifySamples.MapValid(json).Placement.Amounts;

        Assert.Equal((27969L, 0L, 2797L, 25172L), (amounts.ItemsCents, amounts.ShippingCents, amounts.DiscountCents, amounts.TotalCents));
    }

    [Fact]
    public void Map_WhenOnlyShippingLinesCarryTheShipping_SumsTheirPrices()
    {
        var json = Samples.Edit(ShopifySamples.Documented, order =>
        {
            order.Remove("total_shipping_price_set");
            order["shipping_lines"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["price"] = "5.50", ["discounted_price"] = "5.50" });
            order["total_price"] = "393.50";
        });

        var amounts = ShopifySamples.MapValid(json).Placement.Amounts;

        Assert.Equal((1550L, 39350L), (amounts.ShippingCents, amounts.TotalCents));
    }

    [Fact]
    public void Map_WhenPricesAreBareNumbers_ReadsThemExactly()
    {
        var json = Samples.Edit(ShopifySamples.Documented, order =>
        {
            order["total_price"] = 388.00m;
            order["line_items"]![0]!["price"] = 199.0m;
        });

        Assert.Equal(38800, ShopifySamples.MapValid(json).Placement.Amounts.TotalCents);
    }

    [Theory]
    [InlineData("cpf")]
    [InlineData("CPF")]
    [InlineData("documento")]
    [InlineData("Documento")]
    [InlineData(" cpf ")]
    public void Map_WhenCpfIsInANoteAttribute_TakesItsDigits(string name)
    {
        var json = ShopifySamples.WithNoteAttributes(ShopifySamples.BrazilianPix, ("Como nos conheceu", "Instagram"), (name, "111.444.777-35"));

        var mapped = ShopifySamples.MapValid(json);

        Assert.Equal("11144477735", mapped.Placement.Customer.Document);
        Assert.Empty(mapped.Warnings);
    }

    [Fact]
    public void Map_WhenCnpjIsInANoteAttribute_TakesItsDigits()
    {
        var json = ShopifySamples.WithNoteAttributes(ShopifySamples.Documented, ("cnpj", "11.222.333/0001-81"));

        Assert.Equal("11222333000181", ShopifySamples.MapValid(json).Placement.Customer.Document);
    }

    [Fact]
    public void Map_WhenCpfIsInTheBillingCompany_TakesItsDigits()
    {
        var json = Samples.Edit(ShopifySamples.WithNoteAttributes(ShopifySamples.BrazilianPix), order => order["billing_address"]!["company"] = "529.982.247-25");

        var mapped = ShopifySamples.MapValid(json);

        Assert.Equal("52998224725", mapped.Placement.Customer.Document);
        Assert.Empty(mapped.Warnings);
    }

    [Fact]
    public void Map_WhenNoteAttributeIsInvalidButCompanyIsValid_TakesTheCompany()
    {
        var json = Samples.Edit(
            ShopifySamples.WithNoteAttributes(ShopifySamples.BrazilianPix, ("cpf", "123.456.789-00")),
            order => order["billing_address"]!["company"] = "52998224725");

        var mapped = ShopifySamples.MapValid(json);

        Assert.Equal("52998224725", mapped.Placement.Customer.Document);
        Assert.Empty(mapped.Warnings);
    }

    [Fact]
    public void Map_WhenCpfCheckDigitsAreWrong_SucceedsWithoutDocumentAndWarnsAtItsPath()
    {
        var json = ShopifySamples.WithNoteAttributes(ShopifySamples.BrazilianPix, ("Como nos conheceu", "Instagram"), ("CPF", "529.982.247-24"));

        var mapped = ShopifySamples.MapValid(json);

        Assert.Null(mapped.Placement.Customer.Document);
        Assert.NotEmpty(mapped.Warnings);
        var warning = Assert.Single(mapped.Warnings);
        Assert.Equal((MappingWarningKind.DocumentInvalid, "note_attributes[1].value"), (warning.Kind, warning.Path));
        Assert.DoesNotContain("529", warning.Message);
    }

    [Fact]
    public void Map_WhenNoCpfAnywhere_SucceedsWithoutDocumentAndWarnsMissing()
    {
        var json = ShopifySamples.WithNoteAttributes(ShopifySamples.BrazilianPix, ("Como nos conheceu", "Instagram"));

        var mapped = ShopifySamples.MapValid(json);

        Assert.Null(mapped.Placement.Customer.Document);
        var warning = Assert.Single(mapped.Warnings);
        Assert.Equal((MappingWarningKind.DocumentMissing, "note_attributes"), (warning.Kind, warning.Path));
    }

    [Fact]
    public void Map_WhenBillingCompanyIsACompanyName_DoesNotTakeItForAnInvalidDocument()
    {
        var mapped = ShopifySamples.MapValid(ShopifySamples.Documented);

        Assert.Contains(mapped.Warnings, warning => warning.Kind == MappingWarningKind.DocumentMissing);
        Assert.DoesNotContain(mapped.Warnings, warning => warning.Kind == MappingWarningKind.DocumentInvalid);
    }

    [Fact]
    public void Map_WhenAddressHasNoNumberOrDistrict_TakesSnAndWarns()
    {
        var mapped = ShopifySamples.MapValid(ShopifySamples.Documented);

        Assert.Equal(new Address("123 Shipping Street", "S/N", null, "", "Shippington", "KY", "40003", "US"), mapped.Placement.ShippingAddress);
        Assert.Contains(mapped.Warnings, warning => (warning.Kind, warning.Path) == (MappingWarningKind.AddressIncomplete, "shipping_address.address1"));
    }

    [Theory]
    [InlineData("authorized", "shopify_payments", PaymentMethod.CreditCard, true)]
    [InlineData("paid", "shopify_payments", PaymentMethod.CreditCard, true)]
    [InlineData("paid", "Pix", PaymentMethod.Pix, true)]
    [InlineData("pending", "Pix", PaymentMethod.Pix, false)]
    [InlineData("pending", "pagarme_pix", PaymentMethod.Pix, false)]
    [InlineData("pending", "Boleto Bancário", PaymentMethod.Boleto, false)]
    [InlineData("pending", "mercado_pago", PaymentMethod.CreditCard, true)]
    public void Map_WhenFinancialStatusAndGateway_MapsThePayment(string status, string gateway, PaymentMethod method, bool createdByCheckout)
    {
        var json = Samples.Edit(ShopifySamples.BrazilianPix, order =>
        {
            order["financial_status"] = status;
            order["payment_gateway_names"] = new System.Text.Json.Nodes.JsonArray(gateway);
        });

        var payment = ShopifySamples.MapValid(json).Placement.Payment;

        Assert.Equal(new Payment(method, 25172, createdByCheckout, 1), payment);
    }

    [Theory]
    [InlineData("Pix", PaymentMethod.Pix)]
    [InlineData("pagarme_pix", PaymentMethod.Pix)]
    [InlineData("Boleto Bancário", PaymentMethod.Boleto)]
    public void Map_WhenPendingAndTheCheckoutKeepsItsCharges_LeavesTheChargeToThePaymentApp(string gateway, PaymentMethod method)
    {
        // Pending also means a payment app is still completing the PIX or boleto: a hub charge would be a second one.
        var json = Samples.Edit(ShopifySamples.BrazilianPix, order =>
        {
            order["financial_status"] = "pending";
            order["payment_gateway_names"] = new System.Text.Json.Nodes.JsonArray(gateway);
        });

        var payment = ShopifySamples.MapValid(json, hubCreatesCharges: false).Placement.Payment;

        Assert.Equal(new Payment(method, 25172, ChargeCreatedByCheckout: true, 1), payment);
    }

    [Theory]
    [InlineData("voided")]
    [InlineData("refunded")]
    [InlineData("partially_paid")]
    public void Map_WhenFinancialStatusIsNotANewOrders_ReportsFinancialStatus(string status)
    {
        var errors = ShopifySamples.MapInvalid(Samples.Edit(ShopifySamples.Documented, order => order["financial_status"] = status));

        Assert.Contains(status, ErrorsAssert.HasPaths(errors, "financial_status")[0]);
    }

    [Fact]
    public void Map_WhenSkuIsMissing_ReportsAClearErrorAtTheItem()
    {
        var json = Samples.Edit(ShopifySamples.Documented, order =>
        {
            order["line_items"]![1]!["sku"] = null;
            order["line_items"]![0]!["sku"] = "";
        });

        var errors = ShopifySamples.MapInvalid(json);

        var message = Assert.Single(ErrorsAssert.HasPaths(errors, "line_items[1].sku", "line_items[0].sku"));
        Assert.Contains("SKU", message);
    }

    [Fact]
    public void Map_WhenRequiredFieldsAreMissing_ReportsEveryPathAtOnce()
    {
        var json = Samples.Edit(ShopifySamples.Documented, order =>
        {
            foreach (var field in new[] { "id", "currency", "created_at", "total_price", "email", "contact_email", "financial_status" })
            {
                order.Remove(field);
            }

            order["customer"]!.AsObject().Remove("email");
            order["line_items"]![0]!.AsObject().Remove("quantity");
            order["line_items"]![1]!.AsObject().Remove("price");
            order["shipping_address"]!.AsObject().Remove("zip");
        });

        var errors = ShopifySamples.MapInvalid(json);

        ErrorsAssert.HasPaths(
            errors,
            "id", "currency", "created_at", "total_price", "email", "financial_status",
            "line_items[0].quantity", "line_items[1].price", "shipping_address.zip");
    }

    [Fact]
    public void Map_WhenThereAreNoLineItems_ReportsTheOrderRule()
    {
        var errors = ShopifySamples.MapInvalid(Samples.Edit(ShopifySamples.Documented, order => order["line_items"] = new System.Text.Json.Nodes.JsonArray()));

        Assert.Contains(ErrorsAssert.HasPaths(errors, "order"), message => message.Contains("at least one item"));
    }

    [Fact]
    public void Map_WhenAPriceHasThreeDecimals_ReportsItsPath()
    {
        var errors = ShopifySamples.MapInvalid(Samples.Edit(ShopifySamples.Documented, order => order["line_items"]![0]!["price"] = "199.005"));

        ErrorsAssert.HasPaths(errors, "line_items[0].price");
    }

    [Fact]
    public void Map_WhenTotalDoesNotAddUp_ReportsTheOrderRule()
    {
        var errors = ShopifySamples.MapInvalid(Samples.Edit(ShopifySamples.Documented, order => order["total_price"] = "390.00"));

        Assert.Contains(ErrorsAssert.HasPaths(errors, "order"), message => message.Contains("total"));
    }

    [Fact]
    public void Map_WhenTaxIsAddedOnTopOfPrices_ReportsTotalTax()
    {
        var json = Samples.Edit(ShopifySamples.Documented, order =>
        {
            order["total_tax"] = "23.28";
            order["total_price"] = "411.28";
        });

        ErrorsAssert.HasPaths(ShopifySamples.MapInvalid(json), "total_tax");
    }

    [Fact]
    public void Map_WhenTaxIsIncludedInPrices_AcceptsIt()
    {
        var json = Samples.Edit(ShopifySamples.Documented, order =>
        {
            order["total_tax"] = "23.28";
            order["taxes_included"] = true;
        });

        Assert.Equal(38800, ShopifySamples.MapValid(json).Placement.Amounts.TotalCents);
    }

    [Fact]
    public void Map_WhenCurrencyIsUnknownAndEmailIsNotAnAddress_ReportsBoth()
    {
        var json = Samples.Edit(ShopifySamples.Documented, order =>
        {
            order["currency"] = "BTC";
            order["email"] = "not-an-email";
        });

        ErrorsAssert.HasPaths(ShopifySamples.MapInvalid(json), "currency", "email");
    }
}
