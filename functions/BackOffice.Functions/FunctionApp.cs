using System.Text.Json.Serialization;
using BackOffice.Application.Callbacks;
using BackOffice.Application.Catalog;
using BackOffice.Application.Channels.Parking;
using BackOffice.Application.Channels.Hub;
using BackOffice.Application.Expedition;
using BackOffice.Application.Health;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Ops;
using BackOffice.Application.Ops.Customers;
using BackOffice.Application.Ops.DeadLetters;
using BackOffice.Application.Ops.Overview;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Application.Processing.Steps;
using BackOffice.Application.Shipping;
using BackOffice.Application.Stock;
using BackOffice.Channels.Shopify;
using BackOffice.Channels.Vtex;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Features.Callbacks;
using BackOffice.Functions.Features.Ops;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.Telemetry;
using BackOffice.Infrastructure;
using BackOffice.Infrastructure.StoreEvents;
using BackOffice.Partners;

namespace BackOffice.Functions;

/// <summary>The composition root of the custom handler.</summary>
public static class FunctionApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        ListenWhereTheHostSays(builder);

        builder.AddBackOfficeTelemetry();
        AddServices(builder.Services, builder.Configuration);

        var app = builder.Build();
        app.UseMiddleware<UnhandledExceptionMiddleware>();
        app.UseMiddleware<InvocationBudget>(InvocationBudget.For(AppContext.BaseDirectory));
        app.MapFunctions(FunctionCatalog.All);
        return app;
    }

    /// <summary>Builds and starts the app; with a setting missing or invalid it starts <see cref="MisconfiguredApp"/>, which names it.</summary>
    public static async Task<WebApplication> StartAsync(string[] args)
    {
        WebApplication? app = null;
        try
        {
            app = Build(args);
            await app.StartAsync();
            return app;
        }
        catch (Exception exception) when (MisconfiguredApp.IsConfigurationProblem(exception))
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            var misconfigured = MisconfiguredApp.Build(args, exception.Message);
            await misconfigured.StartAsync();
            return misconfigured;
        }
    }

    /// <summary>The host talks to the handler over loopback only, on the port it chose (FUNCTIONS_CUSTOMHANDLER_PORT).</summary>
    public static void ListenWhereTheHostSays(WebApplicationBuilder builder)
    {
        if (Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") is { Length: > 0 } port)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        // A body the endpoint cannot bind (empty, not JSON, the wrong shape) throws instead of a bare 400 with no body,
        // so UnhandledExceptionMiddleware answers it with problem+json like every other refusal.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton(TimeProvider.System);
        services.AddBackOfficeInfrastructure(configuration);
        services.AddSingleton(new HubWebhookSettings(RequiredSetting.Get(configuration, "Hub:WebhookSecret")));
        services.AddSingleton<HubSignatureVerifier>();
        services.AddTransient<HubOrderWebhook>();
        services.AddTransient<OrderIntake>();
        services.AddTransient<IntakeQueue>();
        services.AddTransient<IIntakeMessageStep, HubOrderReceivedStep>();
        services.AddTransient<OutboxDispatcher>();
        services.AddTransient<OutboxSweeper>();
        services.AddTransient<OrderUpdater>();
        services.AddTransient<OrderMessageHandler>();
        services.AddTransient<PartnerFollowUps>();
        services.AddSingleton(configuration.GetSection(ShippingPlanSettings.Section).Get<ShippingPlanSettings>() ?? new ShippingPlanSettings());
        services.AddSingleton(new LifecycleSettings(
            configuration.GetValue("Lifecycle:PixExpiry", LifecycleSettings.Default.PixExpiry),
            configuration.GetValue("Lifecycle:BoletoExpiry", LifecycleSettings.Default.BoletoExpiry),
            configuration.GetValue("Lifecycle:PollAfter", LifecycleSettings.Default.PollAfter),
            configuration.GetValue("Lifecycle:RetryBaseDelay", LifecycleSettings.Default.RetryBaseDelay),
            configuration.GetValue("Lifecycle:ScheduledRetries", LifecycleSettings.Default.ScheduledRetries),
            configuration.GetValue("Lifecycle:LabelClaimLease", LifecycleSettings.Default.LabelClaimLease)));
        services.AddTransient<MessageRetries>();
        services.AddTransient<DueWorkSweeper>();
        AddCatalog(services, configuration);
        services.AddTransient<OrderActions>();
        AddSteps(services);
        services.AddBackOfficePartners(configuration);
        AddStorefronts(services, configuration);
        services.AddStoreEvents(configuration);
        services.AddTransient<OrderQueries>();
        services.AddTransient<DeadLetters>();
        services.AddSingleton(OpsIdentity.From(configuration));
        AddOpsPage(services, configuration);
        services.AddSingleton<HealthCheck>();
        CallbackPartners.Register(services, configuration);

        services.AddTransient<PartnerCallbackIntake>();
    }

    /// <summary>Stock and prices out to the storefronts (the storefront catalogs come with the partners), and low stock.</summary>
    private static void AddCatalog(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(CatalogSettings.Section).Get<CatalogSettings>() ?? new CatalogSettings());
        services.AddTransient<CatalogRunner>();
        services.AddTransient<StockFeed>();
        services.AddTransient<StockSync>();
        services.AddTransient<PriceFeed>();
        services.AddTransient<PriceSync>();
        services.AddTransient<LowStockReport>();
    }

    private static void AddSteps(IServiceCollection services)
    {
        // Transient like the partner clients they hold, whose HTTP handlers the client factory renews. Each is also
        // registered as itself, for ContinueOrderStep, which runs the others.
        foreach (var step in new[]
                 {
                     typeof(StartRiskAnalysisStep), typeof(SubmitRiskAnalysisStep), typeof(CollectPaymentStep), typeof(ReserveStockStep),
                     typeof(IssueInvoiceStep), typeof(PurchaseLabelStep), typeof(ConsumeStockStep), typeof(CompensateStep), typeof(PartnerCallbackStep),
                     typeof(ContinueOrderStep), typeof(NotifyStorefrontStep), typeof(NotifyStoreStep),
                 })
        {
            services.AddTransient(step);
            services.AddTransient(provider => (IOrderMessageStep)provider.GetRequiredService(step));
        }
    }

    /// <summary>Shopify's webhooks, VTEX's hook and feed; the storefront clients come with the partners.</summary>
    private static void AddStorefronts(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new ShopifyWebhookSettings(RequiredSetting.Get(configuration, "Shopify:WebhookSecret"), configuration.GetValue<bool>("Shopify:HubCreatesCharges")));
        services.AddSingleton<ShopifySignatureVerifier>();
        services.AddSingleton(new VtexHookSettings(
            RequiredSetting.Get(configuration, "Vtex:HookHeaderName"), RequiredSetting.Get(configuration, "Vtex:HookHeaderValue"), configuration["Vtex:Account"], configuration["Vtex:AppKey"]));
        services.AddSingleton<VtexHookVerifier>();
        services.AddTransient<StorefrontEventIntake>();
        services.AddTransient<StorefrontUpdates>();
        services.AddTransient<ShopifyWebhook>();
        services.AddTransient<VtexOrderIngestion>();
        services.AddTransient<VtexOrderHook>();
        services.AddTransient<VtexFeedDrain>();
        services.AddTransient<IIntakeMessageStep, VtexOrderChangedStep>();
        services.AddTransient<IIntakeMessageStep, ShopifyWebhookReceivedStep>();
        services.AddTransient(provider => ActivatorUtilities.CreateInstance<VtexSubscriptionCheck>(provider, configuration["Vtex:HookUrl"] ?? ""));
        services.AddTransient<DeliveryParking>();
        services.AddTransient<ParkedDeliveries>();
        services.AddTransient<IParkedDeliveryResumer>(provider => provider.GetRequiredService<ShopifyWebhook>());
        services.AddTransient<IParkedDeliveryResumer, VtexParkedDeliveryResumer>();
    }

    /// <summary>The ops page's reads: overview with stuck thresholds, customer history through the hashed index, one order's details.</summary>
    private static void AddOpsPage(IServiceCollection services, IConfiguration configuration)
    {
        var overrides = new Dictionary<OrderStatus, TimeSpan>();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            if (configuration.GetValue<TimeSpan?>($"Ops:StuckAfter:{status}") is { } threshold)
            {
                overrides[status] = threshold;
            }
        }

        services.AddSingleton(StuckThresholds.With(overrides));
        services.AddTransient<OrderOverview>();
        services.AddTransient<OrderDetails>();
        services.AddTransient<ExpeditionBatches>();
        // A key of its own so that rotating a webhook secret never orphans the index; the hub secret stands in when unset.
        var indexKey = configuration["Ops:CustomerIndexKey"] is { Length: > 0 } key ? key : "customer-index:" + RequiredSetting.Get(configuration, "Hub:WebhookSecret");
        services.AddSingleton(new CustomerKeys(System.Text.Encoding.UTF8.GetBytes(indexKey)));
        services.AddTransient<CustomerHistory>();
    }

    /// <summary>
    /// Locally the emulators start empty; in Azure the infrastructure templates create everything and this stays off.
    /// It runs once the app listens, and retries until the stores answer: health reports them unhealthy meanwhile.
    /// </summary>
    public static async Task ProvisionStorageIfAskedAsync(WebApplication app, CancellationToken cancellationToken)
    {
        if (!app.Configuration.GetValue<bool>("Storage:CreateIfMissing") || app.Services.GetService<StorageProvisioner>() is not { } provisioner)
        {
            return;
        }

        while (true)
        {
            try
            {
                await provisioner.EnsureCreatedAsync(cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is Microsoft.Azure.Cosmos.CosmosException or Azure.RequestFailedException or HttpRequestException or AggregateException)
            {
                app.Logger.LogError(exception, "Creating the local databases, containers, queues and tables failed; retrying in 2 s.");
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }
}
