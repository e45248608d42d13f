using BackOffice.Application.Partners.Fiscal;
using BackOffice.Application.Partners.Payments;
using BackOffice.Application.Partners.Risk;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Partners.Tests.Support;
using Microsoft.Extensions.Options;

namespace BackOffice.Partners.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void Every_port_resolves_and_the_settings_validate()
    {
        using var host = new PartnerHost();

        host.ValidateOnStart();
        Assert.NotNull(host.Get<IPaymentGateway>());
        Assert.NotNull(host.Get<IRiskAnalyzer>());
        Assert.NotNull(host.Get<IFiscalDocumentIssuer>());
        Assert.NotNull(host.Get<IShippingCarrier>());
    }

    [Theory]
    [InlineData("Pagarme:BaseUrl", "core/v5")]
    [InlineData("ClearSale:BaseUrl", "")]
    [InlineData("FocusNfe:BaseUrl", "ftp://focus")]
    [InlineData("MelhorEnvio:UserAgent", "Loja Hub")]
    public void Bad_settings_fail_on_start(string key, string value)
    {
        using var host = new PartnerHost(settings => settings[key] = value);

        var error = Assert.ThrowsAny<Exception>(host.ValidateOnStart);

        Assert.Contains(key.Split(':')[0], error.Message);
    }

    [Fact]
    public async Task A_sandbox_base_url_with_a_path_is_kept_whole()
    {
        using var host = new PartnerHost(settings => settings["Pagarme:BaseUrl"] = "http://127.0.0.1:7080/pagarme/core/v5");
        host.Network.On(HttpMethod.Get, "/charges/ch_1", RecordingHandler.Sample(System.Net.HttpStatusCode.OK, "Pagarme", "charge-paid.json"));

        await host.Get<IPaymentGateway>().GetChargeAsync("ch_1", CancellationToken.None);

        Assert.Equal("http://127.0.0.1:7080/pagarme/core/v5/charges/ch_1", host.Network.Requests[0].Uri.ToString());
        Assert.NotNull(host.Get<IOptions<BackOffice.Partners.Pagarme.PagarmeOptions>>().Value.SecretKey);
    }
}
