using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Application.Shipping;
using BackOffice.Domain.Shipping;
using BackOffice.Partners.Tests.Support;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Hosting;
using Microsoft.AspNetCore.Builder;

namespace BackOffice.Partners.Tests.MelhorEnvio;

/// <summary>
/// The real Melhor Envio client against the partner sandbox's price table (origin CEP 01001-000, destination
/// 20040-030: zone 3): the quote it reads, the services it leaves out, and the service the cart entry records.
/// </summary>
public sealed class MelhorEnvioSandboxTests : IAsyncLifetime
{
    private static readonly Parcel Light = new(800, 8, 16, 23, 7490);
    private WebApplication _sandbox = null!;
    private HttpClient _control = null!;
    private PartnerHost _host = null!;

    private IShippingCarrier Carrier => _host.Get<IShippingCarrier>();

    public async Task InitializeAsync()
    {
        _sandbox = SandboxApp.Create(new SandboxSettings { Port = 0, HubBaseUrl = new Uri("http://127.0.0.1:9/"), CallbackAttempts = 1 });
        await _sandbox.StartAsync();
        var address = SandboxApp.Address(_sandbox);
        _control = new HttpClient { BaseAddress = address };
        _host = new PartnerHost(
            values =>
            {
                values["MelhorEnvio:BaseUrl"] = new Uri(address, "melhorenvio/api/v2/").ToString();
                // The cart is never resent, and the in-process sandbox's first request is cold on a loaded machine.
                values["MelhorEnvio:Resilience:AttemptTimeout"] = "00:00:15";
            },
            realNetwork: true);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        _control.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task QuoteAsync_WhenEveryServiceCanCarryTheParcel_ReadsPricesAndDaysOfAllFour()
    {
        var quotes = await Carrier.QuoteAsync(new QuoteRequest("hub-7001", "20040-030", Light), CancellationToken.None);

        Assert.Equal(
            [
                new ServiceQuote(1, "Correios", "PAC", 2650, 6),
                new ServiceQuote(2, "Correios", "SEDEX", 4400, 3),
                new ServiceQuote(3, "Jadlog", ".Package", 2750, 5),
                new ServiceQuote(4, "Jadlog", ".Com", 3600, 4),
            ],
            quotes);
    }

    [Fact]
    public async Task QuoteAsync_WhenTheParcelIsOverTheCorreiosLimit_LeavesOutTheServicesThatAnsweredAnError()
    {
        var quotes = await Carrier.QuoteAsync(new QuoteRequest("hub-7002", "20040-030", Light with { WeightGrams = 31_000 }), CancellationToken.None);

        Assert.Equal([3, 4], quotes.Select(quote => quote.ServiceId));
    }

    [Fact]
    public async Task QuoteAsync_WhenNoServiceServesTheRoute_ReturnsNothing()
    {
        Assert.Empty(await Carrier.QuoteAsync(new QuoteRequest("hub-7003", "99999-000", Light), CancellationToken.None));
    }

    [Fact]
    public async Task AddToCartAsync_RecordsTheChosenServiceAndWeightOnTheLedger()
    {
        var request = new ShipmentRequest("hub-7004", TestData.Person, TestData.RioDeJaneiro, TestData.Lines, "35240511222333000181550010000001231000001236", Light, 2);

        await Carrier.AddToCartAsync(request, CancellationToken.None);

        var calls = (await _control.GetFromJsonAsync<JsonArray>("_sandbox/calls?orderRef=hub-7004"))!;
        var cart = Assert.Single(calls);
        Assert.Equal(("cart.add", "service 2 Correios SEDEX, 0.800 kg"), (cart!["operation"]!.GetValue<string>(), cart["detail"]!.GetValue<string>()));
    }
}
