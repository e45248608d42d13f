using System.Text.Json.Serialization;
using BackOffice.Application.Callbacks;
using BackOffice.Application.Channels.Hub;
using BackOffice.Application.Health;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Ops;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Functions.Features.Callbacks;
using BackOffice.Functions.Hosting;
using BackOffice.Infrastructure;

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
        services.AddSingleton<HubOrderWebhook>();
        services.AddSingleton<OrderIntake>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxSweeper>();
        services.AddSingleton<OrderUpdater>();
        services.AddSingleton<OrderMessageHandler>();
        services.AddSingleton<OrderQueries>();
        services.AddSingleton<HealthCheck>();
        foreach (var partner in CallbackPartners.From(configuration))
        {
            services.AddSingleton(partner);
        }

        services.AddSingleton<PartnerCallbackIntake>();
    }

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
