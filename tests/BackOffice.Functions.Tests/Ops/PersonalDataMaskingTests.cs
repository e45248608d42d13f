using BackOffice.Application.Telemetry;
using BackOffice.Functions.Hosting.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;

namespace BackOffice.Functions.Tests.Ops;

/// <summary>A real log line through the app's own logging set-up: what the console and the exporter receive is masked.</summary>
public sealed class PersonalDataMaskingTests
{
    private const string Email = "maria.silva@example.com";
    private const string Cpf = "529.982.247-25";
    private const string Cnpj = "11.222.333/0001-81";
    private const string Phone = "+55 11 91234-5678";
    private const string Card = "4111 1111 1111 1111";
    private const string Street = "Av. Paulista, 1000";

    [Fact]
    public void LogLine_WhenItCarriesPersonalData_IsMaskedInTheExportAndOnTheConsole()
    {
        var exported = new List<LogRecord>();
        var console = new StringWriter();
        var originalOut = Console.Out;
        Console.SetOut(console);
        try
        {
            using (var provider = Services(exported))
            {
                var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("BackOffice.Partners.FocusNfe");
                using (OrderScope.Begin(logger, "hub-1001"))
                {
                    // What a partner's error body echoed back looks like when it reaches an exception message.
                    logger.LogWarning(
                        new HttpRequestException($"422 from Focus: destinatario {Email} CPF {Cpf} CNPJ {Cnpj} fone {Phone} cartao {Card} endereco {Street}"),
                        "NF-e of order {OrderId} refused for customer {CustomerEmail}",
                        "hub-1001",
                        Email);
                }
            }
        }
        finally
        {
            Console.SetOut(originalOut);
        }

        var record = Assert.Single(exported);
        var everything = string.Join(" | ", [
            record.FormattedMessage, record.Exception?.Message, console.ToString(),
            .. record.Attributes!.Select(pair => $"{pair.Key}={pair.Value}"),
        ]);
        foreach (var secret in new[] { Email, Cpf, Cnpj, Phone, Card, "Paulista", "52998224725" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        Assert.Contains("m***@example.com", record.FormattedMessage, StringComparison.Ordinal);
        Assert.Contains(record.Attributes!, pair => pair.Key == "OrderId" && (string?)pair.Value == "hub-1001");
        Assert.Contains("hub-1001", console.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order hub-1001:3:RiskApproved:replay-1764547200000", "order hub-1001:3:RiskApproved:replay-1764547200000")]
    [InlineData("NF-e 35261111222333000181550010000000011000000011 authorized", "NF-e 35261111222333000181550010000000011000000011 authorized")]
    [InlineData("cpf 52998224725 ok", "cpf ***cpf ok")]
    [InlineData("cep 01310-100", "cep ***cep")]
    // VTEX order and delivery ids whose digits happen to pass the Luhn check (1379698872500-01 does).
    [InlineData("Delivery 1379698872500-01:handling:2026-12-01T10:00:00.0000000Z from Vtex", "Delivery 1379698872500-01:handling:2026-12-01T10:00:00.0000000Z from Vtex")]
    [InlineData("VTEX order 1379698872500-01 invoiced", "VTEX order 1379698872500-01 invoiced")]
    [InlineData("order vtex-1379698872500-01", "order vtex-1379698872500-01")]
    [InlineData("cartao 4111 1111 1111 1111 recusado", "cartao ***card recusado")]
    [InlineData("cartao 4111-1111-1111-1111.", "cartao ***card.")]
    [InlineData("pan=4111111111111111", "pan=***card")]
    [InlineData("amex 3782 822463 10005", "amex ***card")]
    [InlineData("not a card 4111 1111 1111 1112", "not a card 4111 1111 1111 1112")]
    public void Redact_KeepsIdsAndMasksPersonalData(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Theory]
    [InlineData("server.address", "api.pagar.me", "api.pagar.me")]
    [InlineData("network.peer.address", "10.0.0.4", "10.0.0.4")]
    [InlineData("client.address", "200.160.2.3", "***")]
    [InlineData("customer.address", "Rua Augusta 10", "***")]
    [InlineData("shipping.address", "anything", "***")]
    public void RedactValue_KeepsThePartnersHostAndMasksThePeoplesAddresses(string name, string value, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.RedactValue(name, value));

    private static ServiceProvider Services(List<LogRecord> exported)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => TelemetrySetup.ConfigureLogging(logging, connectionString: null, export: options => options.AddInMemoryExporter(exported)));
        return services.BuildServiceProvider();
    }
}
