using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Partners.Tests.Support;

/// <summary>The real DI registration and Refit clients, with the recording handler as the network.</summary>
public sealed class PartnerHost : IDisposable
{
    public const string PagarmeBase = "https://api.pagar.me/core/v5/";
    public const string ClearSaleBase = "https://api.clearsale.com.br/";
    public const string FocusBase = "https://homologacao.focusnfe.com.br/";
    public const string MelhorEnvioBase = "https://sandbox.melhorenvio.com.br/api/v2/";
    public const string VtexBase = "https://lojaexemplo.vtexcommercestable.com.br/";
    public const string ShopifyBase = "https://loja-exemplo.myshopify.com/";

    private readonly ServiceProvider _provider;

    /// <param name="realNetwork">Talk to the base URLs for real (a sandbox started by the test) instead of the recording handler.</param>
    public PartnerHost(Action<Dictionary<string, string?>>? settings = null, FakeTimeProvider? time = null, bool realNetwork = false)
    {
        var values = DefaultSettings();
        settings?.Invoke(values);
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton<TimeProvider>(time);
        }

        services.AddBackOfficePartners(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        // Registered after the clients, so it replaces the primary handler Refit's registration sets.
        if (!realNetwork)
        {
            services.ConfigureAll<HttpClientFactoryOptions>(options => options.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = Network));
        }

        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    public RecordingHandler Network { get; } = new();

    public T Get<T>()
        where T : notnull
        => _provider.GetRequiredService<T>();

    public void ValidateOnStart() => _provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

    public void Dispose() => _provider.Dispose();

    public static Dictionary<string, string?> DefaultSettings()
    {
        var values = new Dictionary<string, string?>
        {
            ["Pagarme:BaseUrl"] = PagarmeBase,
            ["Pagarme:SecretKey"] = "sk_test_123",
            ["ClearSale:BaseUrl"] = ClearSaleBase,
            ["ClearSale:Name"] = "store-user",
            ["ClearSale:Password"] = "store-pass",
            ["FocusNfe:BaseUrl"] = FocusBase,
            ["FocusNfe:Token"] = "focus-token",
            ["MelhorEnvio:BaseUrl"] = MelhorEnvioBase,
            ["MelhorEnvio:Token"] = "me-token",
            ["MelhorEnvio:UserAgent"] = "Loja Hub (tech@loja.com.br)",
            ["Fiscal:Emitter:Cnpj"] = "11.222.333/0001-81",
            ["Fiscal:Emitter:Name"] = "Loja Exemplo Ltda",
            ["Fiscal:Emitter:StateRegistration"] = "110.042.490.114",
            ["Fiscal:Emitter:Street"] = "Rua das Flores",
            ["Fiscal:Emitter:Number"] = "100",
            ["Fiscal:Emitter:District"] = "Centro",
            ["Fiscal:Emitter:City"] = "São Paulo",
            ["Fiscal:Emitter:State"] = "SP",
            ["Fiscal:Emitter:PostalCode"] = "01001-000",
            ["Fiscal:Emitter:TaxRegime"] = "1",
            ["Fiscal:DefaultNcm"] = "61091000",
            ["Shipping:Origin:Name"] = "Loja Exemplo",
            ["Shipping:Origin:Phone"] = "(11) 3333-4444",
            ["Shipping:Origin:Email"] = "expedicao@loja.com.br",
            ["Shipping:Origin:CompanyDocument"] = "11222333000181",
            ["Shipping:Origin:StateRegistration"] = "110042490114",
            ["Shipping:Origin:Street"] = "Rua das Flores",
            ["Shipping:Origin:Number"] = "100",
            ["Shipping:Origin:District"] = "Centro",
            ["Shipping:Origin:City"] = "São Paulo",
            ["Shipping:Origin:State"] = "SP",
            ["Shipping:Origin:PostalCode"] = "01001000",
            ["Vtex:BaseUrl"] = VtexBase,
            ["Vtex:AppKey"] = "vtexappkey-lojaexemplo-ABCDEF",
            ["Vtex:AppToken"] = "vtex-app-token",
            ["Vtex:Account"] = "lojaexemplo",
            ["Shopify:BaseUrl"] = ShopifyBase,
            ["Shopify:AccessToken"] = "shpat_test_123",
            ["Shopify:CancelJobPollInterval"] = "00:00:00.010",
        };
        // Short waits keep the suite fast; the policy's shape is what is under test.
        foreach (var partner in new[] { "Pagarme", "ClearSale", "FocusNfe", "MelhorEnvio", "Vtex", "Shopify" })
        {
            values[$"{partner}:Resilience:BaseDelay"] = "00:00:00.010";
            values[$"{partner}:Resilience:MaxRetryAttempts"] = "2";
            values[$"{partner}:Resilience:AttemptTimeout"] = "00:00:02";
            values[$"{partner}:Resilience:TotalTimeout"] = "00:00:10";
            values[$"{partner}:Resilience:MaxRetryAfter"] = "00:00:03";
        }

        return values;
    }
}
