using System.Net.Http.Headers;
using BackOffice.Application.Catalog;
using BackOffice.Application.Health;
using BackOffice.Application.Partners.Fiscal;
using BackOffice.Application.Partners.Payments;
using BackOffice.Application.Partners.Risk;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Partners.ClearSale;
using BackOffice.Partners.FocusNfe;
using BackOffice.Partners.Http;
using BackOffice.Partners.MelhorEnvio;
using BackOffice.Partners.Pagarme;
using BackOffice.Partners.Resilience;
using BackOffice.Partners.Shopify;
using BackOffice.Partners.Vtex;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace BackOffice.Partners;

public static class PartnerRegistration
{
    /// <summary>
    /// Registers the partner clients behind the Application ports: Pagar.me (<see cref="IPaymentGateway"/>), ClearSale
    /// (<see cref="IRiskAnalyzer"/>), Focus NFe (<see cref="IFiscalDocumentIssuer"/>), Melhor Envio (<see cref="IShippingCarrier"/>), and the
    /// storefronts: VTEX (<see cref="IVtexOrderSource"/>, <see cref="IStorefrontNotifier"/>) and Shopify (<see cref="IStorefrontNotifier"/>).
    /// </summary>
    public static IServiceCollection AddBackOfficePartners(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        AddPartnerOptions<PagarmeOptions>(services, configuration, PagarmeOptions.Section);
        AddPartnerOptions<ClearSaleOptions>(services, configuration, ClearSaleOptions.Section);
        AddPartnerOptions<FocusNfeOptions>(services, configuration, FocusNfeOptions.Section);
        AddPartnerOptions<MelhorEnvioOptions>(services, configuration, MelhorEnvioOptions.Section)
            .Validate(options => options.UserAgent.Contains('@', StringComparison.Ordinal), "MelhorEnvio:UserAgent must carry a contact e-mail, e.g. \"Store Hub (tech@store.com)\"; Melhor Envio requires it.");
        AddPartnerOptions<VtexOptions>(services, configuration, VtexOptions.Section);
        AddPartnerOptions<ShopifyOptions>(services, configuration, ShopifyOptions.Section)
            .Validate(options => ShopifyApiVersion.ReleasedOn(options.ApiVersion) is not null, "Shopify:ApiVersion must be a stable Admin API version such as 2026-10.");
        services.AddOptions<FiscalSettings>().Bind(configuration.GetSection(FiscalSettings.Section));
        services.AddOptions<ShippingSettings>().Bind(configuration.GetSection(ShippingSettings.Section));
        services.AddOptions<StorefrontTrackingSettings>().Bind(configuration.GetSection(StorefrontTrackingSettings.Section));

        AddPagarme(services);
        AddClearSale(services);
        AddFocusNfe(services);
        AddMelhorEnvio(services);
        AddVtex(services);
        AddShopify(services);
        return services;
    }

    private static void AddPagarme(IServiceCollection services)
    {
        // Every Pagar.me write carries an idempotency-key, so any request may be resent.
        services.AddRefitGeneratedClient<IPagarmeApi>(PartnerJson.Settings(PartnerJson.SnakeCase))
            .ConfigurePartner<PagarmeOptions>(options => PartnerCredentialsHandler.Basic(options.SecretKey))
            .AddPartnerResilience(PagarmeOptions.Section, Options<PagarmeOptions>, ReplaySafe.Always);
        services.AddSingleton(provider => new PagarmeOrderBuilder(Options<PagarmeOptions>(provider)));
        services.AddTransient<IPaymentGateway, PagarmePaymentGateway>();
        services.AddHttpClient(PagarmeWebhookKeys.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<PagarmeWebhookKeys>();
    }

    private static void AddClearSale(IServiceCollection services)
    {
        // Authentication resends the same credentials; order submissions are keyed by our order code (a duplicate is
        // refused and counts as done), so both may be resent.
        services.AddRefitGeneratedClient<IClearSaleAuthApi>(PartnerJson.Settings(PartnerJson.CamelCase))
            .ConfigurePartner<ClearSaleOptions>(credentials: null)
            .AddPartnerResilience(ClearSaleOptions.Section + "Auth", Options<ClearSaleOptions>, ReplaySafe.Always);
        services.AddSingleton<ClearSaleTokenCache>();
        services.AddTransient<ClearSaleAuthHandler>();
        services.AddRefitGeneratedClient<IClearSaleApi>(PartnerJson.Settings(PartnerJson.CamelCase))
            .ConfigurePartner<ClearSaleOptions>(credentials: null)
            .AddPartnerResilience(ClearSaleOptions.Section, Options<ClearSaleOptions>, ReplaySafe.Always)
            // Inside the retry loop: each attempt takes the current token, and a 401 re-authenticates once.
            .AddHttpMessageHandler<ClearSaleAuthHandler>();
        services.AddTransient<IRiskAnalyzer, ClearSaleRiskAnalyzer>();
    }

    private static void AddFocusNfe(IServiceCollection services)
    {
        services.AddRefitGeneratedClient<IFocusNfeApi>(PartnerJson.Settings(PartnerJson.SnakeCase))
            .ConfigurePartner<FocusNfeOptions>(options => PartnerCredentialsHandler.Basic(options.Token))
            .AddPartnerResilience(FocusNfeOptions.Section, Options<FocusNfeOptions>, FocusNfeReplaySafety);
        services.AddTransient<IFiscalDocumentIssuer, FocusNfeFiscalDocumentIssuer>();
    }

    private static void AddMelhorEnvio(IServiceCollection services)
    {
        services.AddRefitGeneratedClient<IMelhorEnvioApi>(PartnerJson.Settings(PartnerJson.SnakeCase))
            .ConfigurePartner<MelhorEnvioOptions>(options => new AuthenticationHeaderValue("Bearer", options.Token))
            .ConfigureHttpClient((provider, client) => client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", Options<MelhorEnvioOptions>(provider).UserAgent))
            .AddPartnerResilience(MelhorEnvioOptions.Section, Options<MelhorEnvioOptions>, MelhorEnvioReplaySafety);
        services.AddTransient<IShippingCarrier, MelhorEnvioShippingCarrier>();
        services.AddTransient<MelhorEnvioLabelOwner>();
        services.AddSingleton<IDependencyProbe, ShippingOriginProbe>();
    }

    private static void AddVtex(IServiceCollection services)
    {
        // Reads are safe; start-handling and cancel answer the same when repeated, and the invoice number keys an invoice.
        services.AddRefitGeneratedClient<IVtexApi>(PartnerJson.Settings(PartnerJson.CamelCase))
            .ConfigurePartner<VtexOptions>(credentials: null)
            .AddPartnerHeaders<VtexOptions>(options => [new(VtexHeaders.AppKey, options.AppKey), new(VtexHeaders.AppToken, options.AppToken)])
            .AddPartnerResilience(VtexOptions.Section, Options<VtexOptions>, ReplaySafe.Always);
        services.AddTransient<IVtexOrderSource, VtexOrderSource>();
        services.AddTransient<IVtexSubscriptions, VtexSubscriptions>();
        services.AddTransient<IStorefrontNotifier, VtexStorefrontNotifier>();

        // Both catalog writes set absolute values: sending one again changes nothing, so they may be resent.
        services.AddRefitGeneratedClient<IVtexCatalogApi>(PartnerJson.Settings(PartnerJson.CamelCase))
            .ConfigurePartner<VtexOptions>(credentials: null)
            .AddPartnerHeaders<VtexOptions>(options => [new(VtexHeaders.AppKey, options.AppKey), new(VtexHeaders.AppToken, options.AppToken)])
            .AddPartnerResilience(VtexOptions.Section + "Catalog", Options<VtexOptions>, ReplaySafe.Always);
        services.AddRefitGeneratedClient<IVtexPricingApi>(PartnerJson.Settings(PartnerJson.CamelCase))
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = Options<VtexOptions>(provider).PricingBaseUri;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler(provider =>
            {
                var options = Options<VtexOptions>(provider);
                return new PartnerHeadersHandler(options.PricingBaseUri, () => [new(VtexHeaders.AppKey, options.AppKey), new(VtexHeaders.AppToken, options.AppToken)]);
            })
            .AddPartnerResilience(VtexOptions.Section + "Pricing", Options<VtexOptions>, ReplaySafe.Always);
        services.AddTransient<IStorefrontCatalog, VtexCatalog>();
    }

    private static void AddShopify(IServiceCollection services)
    {
        // The token request carries the same credentials each time: safe to resend.
        services.AddRefitGeneratedClient<IShopifyAuthApi>(PartnerJson.Settings(PartnerJson.SnakeCase))
            .ConfigurePartner<ShopifyOptions>(credentials: null)
            .AddPartnerResilience(ShopifyOptions.Section + "Auth", Options<ShopifyOptions>, ReplaySafe.Always);
        services.AddSingleton<ShopifyTokenCache>();
        services.AddTransient<ShopifyAuthHandler>();
        services.AddRefitGeneratedClient<IShopifyAdminApi>(PartnerJson.Settings(PartnerJson.CamelCase))
            .ConfigurePartner<ShopifyOptions>(credentials: null)
            .AddPartnerResilience(ShopifyOptions.Section, Options<ShopifyOptions>, ShopifyReplaySafety)
            // Inside the retry loop: each attempt takes the current token, and a 401 renews it once.
            .AddHttpMessageHandler<ShopifyAuthHandler>();
        services.AddTransient<IStorefrontNotifier, ShopifyStorefrontNotifier>();
        services.AddSingleton<ShopifyVariantCache>();
        services.AddTransient<IStorefrontCatalog, ShopifyCatalog>();
    }

    /// <summary>
    /// Shopify has no idempotency key: a timed-out <c>fulfillmentCreate</c> may have created the fulfillment, so GraphQL
    /// posts are resent only when Shopify surely did not act; the message's retry then finds the fulfillment order closed.
    /// The fulfillment-orders query goes the same way (it shares the path); cancelling twice is refused harmlessly.
    /// </summary>
    internal static bool ShopifyReplaySafety(HttpRequestMessage request)
        => request.Method != HttpMethod.Post
           || request.RequestUri?.AbsolutePath is not { } path
           || !path.EndsWith("/graphql.json", StringComparison.Ordinal);

    /// <summary>
    /// The ref keys <c>POST v2/nfe</c> only while its NF-e is processing or authorized: once SEFAZ rejected it
    /// (<c>erro_autorizacao</c>) the same ref may be sent again, and that is a second attempt. A timed-out issue may have
    /// been taken and rejected in the meantime, so it is resent only when Focus NFe surely did not act; the message's
    /// retry reads the ref's state first. Reads, and DELETE of a cancelled NF-e, change nothing when repeated.
    /// </summary>
    internal static bool FocusNfeReplaySafety(HttpRequestMessage request)
        => request.Method != HttpMethod.Post
           || request.RequestUri?.AbsolutePath is not { } path
           || !path.EndsWith("/v2/nfe", StringComparison.Ordinal);

    /// <summary>
    /// Melhor Envio has no idempotency key. A timed-out <c>POST me/cart</c> may have created a label we never heard of,
    /// and resending it would create a second one (and a second charge at checkout); a timed-out checkout may have paid.
    /// Those two are resent only when Melhor Envio surely did not act (429, no connection); otherwise the error goes
    /// to the caller, whose retry reads the label's state first. Reads, generate and print are safe to resend.
    /// </summary>
    internal static bool MelhorEnvioReplaySafety(HttpRequestMessage request)
        => request.Method != HttpMethod.Post
           || request.RequestUri?.AbsolutePath is not { } path
           || !(path.EndsWith("/me/cart", StringComparison.Ordinal) || path.EndsWith("/me/shipment/checkout", StringComparison.Ordinal));

    private static OptionsBuilder<T> AddPartnerOptions<T>(IServiceCollection services, IConfiguration configuration, string section)
        where T : PartnerOptions
        => services.AddOptions<T>().Bind(configuration.GetSection(section))
            .Validate(options => options.HasAbsoluteBaseUrl, $"{section}:BaseUrl must be an absolute http(s) URL.")
            .ValidateOnStart();

    private static IHttpClientBuilder ConfigurePartner<T>(this IHttpClientBuilder builder, Func<T, AuthenticationHeaderValue>? credentials)
        where T : PartnerOptions
    {
        builder.ConfigureHttpClient((provider, client) =>
        {
            var options = Options<T>(provider);
            client.BaseAddress = options.BaseUri;
            // The resilience pipeline owns timeouts (total and per attempt).
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        });
        if (credentials is not null)
        {
            builder.AddHttpMessageHandler(provider =>
            {
                var options = Options<T>(provider);
                return new PartnerCredentialsHandler(options.BaseUri, () => credentials(options));
            });
        }

        return builder;
    }

    private static IHttpClientBuilder AddPartnerHeaders<T>(this IHttpClientBuilder builder, Func<T, IReadOnlyList<KeyValuePair<string, string>>> headers)
        where T : PartnerOptions
        => builder.AddHttpMessageHandler(provider =>
        {
            var options = Options<T>(provider);
            return new PartnerHeadersHandler(options.BaseUri, () => headers(options));
        });

    private static T Options<T>(IServiceProvider provider)
        where T : class
        => provider.GetRequiredService<IOptions<T>>().Value;
}
