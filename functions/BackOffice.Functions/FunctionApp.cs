using System.Text.Json.Serialization;
using BackOffice.Application.Callbacks;
using BackOffice.Application.Channels.Parking;
using BackOffice.Application.Channels.Hub;
using BackOffice.Application.Health;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Ops;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Application.Processing.Steps;
using BackOffice.Application.Stock;
using BackOffice.Channels.Shopify;
using BackOffice.Channels.Vtex;
using BackOffice.Functions.Features.Callbacks;
using BackOffice.Functions.Hosting;
using BackOffice.Infrastructure;
using BackOffice.Partners;

namespace BackOffice.Functions;

/// <summary>The composition root of the custom handler.</summary>
public static class FunctionApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") is { Length: > 0 } port)
        {
            // The host talks to the handler over loopback only.
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss.fff ";
            options.UseUtcTimestamp = true;
        });
        AddServices(builder.Services, builder.Configuration);

        var app = builder.Build();
        app.UseMiddleware<UnhandledExceptionMiddleware>();
        app.MapFunctions(FunctionCatalog.All);
        return app;
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton(TimeProvider.System);
        services.AddBackOfficeInfrastructure(configuration);
        services.AddSingleton(new HubWebhookSettings(
            configuration["Hub:WebhookSecret"] is { Length: > 0 } secret ? secret : throw new InvalidOperationException("The Hub__WebhookSecret setting is required.")));
        services.AddSingleton<HubSignatureVerifier>();
        services.AddTransient<HubOrderWebhook>();
        services.AddTransient<OrderIntake>();
        services.AddTransient<OutboxDispatcher>();
        services.AddTransient<OutboxSweeper>();
        services.AddTransient<OrderUpdater>();
        services.AddTransient<OrderMessageHandler>();
        services.AddTransient<PartnerFollowUps>();
        services.AddSingleton(new LifecycleSettings(
            configuration.GetValue("Lifecycle:PixExpiry", LifecycleSettings.Default.PixExpiry),
            configuration.GetValue("Lifecycle:BoletoExpiry", LifecycleSettings.Default.BoletoExpiry),
            configuration.GetValue("Lifecycle:PollAfter", LifecycleSettings.Default.PollAfter),
            configuration.GetValue("Lifecycle:RetryBaseDelay", LifecycleSettings.Default.RetryBaseDelay),
            configuration.GetValue("Lifecycle:ScheduledRetries", LifecycleSettings.Default.ScheduledRetries)));
        services.AddTransient<MessageRetries>();
        services.AddTransient<DueWorkSweeper>();
        services.AddTransient<StockSync>();
        services.AddTransient<OrderActions>();
        AddSteps(services);
        services.AddBackOfficePartners(configuration);
        AddStorefronts(services, configuration);
        services.AddTransient<OrderQueries>();
        services.AddSingleton<HealthCheck>();
        foreach (var partner in CallbackPartners.From(configuration))
        {
            services.AddSingleton(partner);
        }

        services.AddTransient<PartnerCallbackIntake>();
    }

    private static void AddSteps(IServiceCollection services)
    {
        // Transient like the partner clients they hold, whose HTTP handlers the client factory renews. Each is also
        // registered as itself, for ContinueOrderStep, which runs the others.
        foreach (var step in new[]
                 {
                     typeof(StartRiskAnalysisStep), typeof(SubmitRiskAnalysisStep), typeof(CollectPaymentStep), typeof(ReserveStockStep),
                     typeof(IssueInvoiceStep), typeof(PurchaseLabelStep), typeof(ConsumeStockStep), typeof(CompensateStep), typeof(PartnerCallbackStep),
                     typeof(ContinueOrderStep), typeof(NotifyStorefrontStep),
                 })
        {
            services.AddTransient(step);
            services.AddTransient(provider => (IOrderMessageStep)provider.GetRequiredService(step));
        }
    }

    /// <summary>Shopify's webhooks, VTEX's hook and feed; the storefront clients come with the partners.</summary>
    private static void AddStorefronts(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new ShopifyWebhookSettings(Required(configuration, "Shopify:WebhookSecret"), configuration.GetValue<bool>("Shopify:HubCreatesCharges")));
        services.AddSingleton<ShopifySignatureVerifier>();
        services.AddSingleton(new VtexHookSettings(
            Required(configuration, "Vtex:HookHeaderName"), Required(configuration, "Vtex:HookHeaderValue"), configuration["Vtex:Account"], configuration["Vtex:AppKey"]));
        services.AddSingleton<VtexHookVerifier>();
        services.AddTransient<StorefrontEventIntake>();
        services.AddTransient<StorefrontUpdates>();
        services.AddTransient<ShopifyWebhook>();
        services.AddTransient<VtexOrderIngestion>();
        services.AddTransient<VtexOrderHook>();
        services.AddTransient<VtexFeedDrain>();
        services.AddTransient<IIntakeMessageStep, VtexOrderChangedStep>();
        services.AddTransient(provider => ActivatorUtilities.CreateInstance<VtexSubscriptionCheck>(provider, configuration["Vtex:HookUrl"] ?? ""));
        services.AddTransient<DeliveryParking>();
        services.AddTransient<ParkedDeliveries>();
        services.AddTransient<IParkedDeliveryResumer>(provider => provider.GetRequiredService<ShopifyWebhook>());
        services.AddTransient<IParkedDeliveryResumer, VtexParkedDeliveryResumer>();
    }

    private static string Required(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value ? value : throw new InvalidOperationException($"The {key.Replace(":", "__", StringComparison.Ordinal)} setting is required.");

    /// <summary>Locally the emulators start empty; in Azure the infrastructure templates create everything and this stays off.</summary>
    public static async Task ProvisionStorageIfAskedAsync(WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Storage:CreateIfMissing"))
        {
            return;
        }

        await app.Services.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync(CancellationToken.None);
    }
}
