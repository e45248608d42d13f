using System.Net;
using BackOffice.PartnerSandbox.Catalog;
using BackOffice.PartnerSandbox.ClearSale;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Control;
using BackOffice.PartnerSandbox.Erp;
using BackOffice.PartnerSandbox.FocusNfe;
using BackOffice.PartnerSandbox.MelhorEnvio;
using BackOffice.PartnerSandbox.Pagarme;
using BackOffice.PartnerSandbox.Shared;
using BackOffice.PartnerSandbox.Shopify;
using BackOffice.PartnerSandbox.Store;
using BackOffice.PartnerSandbox.Vtex;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BackOffice.PartnerSandbox.Hosting;

/// <summary>Builds the sandbox web app; Program runs it, tests start it on a free port.</summary>
public static class SandboxApp
{
    public static WebApplication Create(SandboxSettings settings)
    {
        // No reload-on-change watch of appsettings*.json: it is a recursive inotify watch of the working directory,
        // where the stack writes every log, so each log line of any process woke the sandbox (about a tenth of its CPU
        // under ./bench.sh). Its settings come from local.settings.json and the environment, never from appsettings.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, settings.Port));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new HttpClient { Timeout = TimeSpan.FromSeconds(10) });
        services.AddSingleton(new FaultBook(settings.FaultSeed));
        services.AddSingleton<CallLedger>();
        services.AddSingleton<OrderFacts>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<EffectRunner>();
        services.AddSingleton<BackgroundWork>();
        services.AddSingleton<HubCallbackSender>();
        services.AddSingleton<PagarmeSigningKey>();
        services.AddSingleton<PagarmeWebhooks>();
        services.AddSingleton<ClearSaleCallbacks>();
        services.AddSingleton<FocusNfeHooks>();
        services.AddSingleton<MelhorEnvioWebhooks>();
        services.AddSingleton<PagarmeSimulator>();
        services.AddSingleton<ClearSaleSimulator>();
        services.AddSingleton<FocusNfeSimulator>();
        services.AddSingleton<MelhorEnvioSimulator>();
        services.AddSingleton<VtexSimulator>();
        services.AddSingleton<ShopifySimulator>();
        services.AddSingleton<ShopifyTokens>();
        services.AddSingleton<VtexConfigs>();
        services.AddSingleton<StockLevels>();
        services.AddSingleton<PriceList>();
        services.AddSingleton<StorefrontCatalog>();
        services.AddSingleton<CatalogRateLimits>();
        services.AddSingleton<ShopifyCatalogGraphQl>();
        services.AddSingleton<StoreInbox>();
        services.AddSingleton<SandboxState>();

        var app = builder.Build();
        app.UseMiddleware<RequestLogMiddleware>();
        ControlEndpoints.Map(app);
        PagarmeEndpoints.Map(app);
        ClearSaleEndpoints.Map(app);
        FocusNfeEndpoints.Map(app);
        MelhorEnvioEndpoints.Map(app);
        VtexEndpoints.Map(app);
        VtexCatalogEndpoints.Map(app);
        ShopifyEndpoints.Map(app);
        ErpEndpoints.Map(app);
        StoreEndpoints.Map(app);
        return app;
    }

    /// <summary>The address Kestrel really listens on (useful with port 0).</summary>
    public static Uri Address(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().TrimEnd('/') + "/");
    }
}
