using BackOffice.Application.StoreEvents;
using BackOffice.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Infrastructure.StoreEvents;

public static class StoreEventsRegistration
{
    public const string Section = "Hub:Events";

    /// <summary>The store on the hub's own format: its endpoint and secret (<c>Hub__Events__*</c>), its log and its HTTP client.</summary>
    public static IServiceCollection AddStoreEvents(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = StoreEventSettings.Default;
        var url = section["Url"] is { Length: > 0 } text
            ? Uri.TryCreate(text, UriKind.Absolute, out var parsed) ? parsed : throw new InvalidOperationException($"Hub__Events__Url must be an absolute URL, got '{text}'.")
            : null;
        var secret = section["Secret"] ?? "";
        if (url is not null && secret.Length == 0)
        {
            throw new InvalidOperationException("Hub__Events__Secret is required when Hub__Events__Url is set: every event is signed.");
        }

        services.AddSingleton(new StoreEventSettings(
            url,
            secret,
            section.GetValue("RetryBaseDelay", defaults.RetryBaseDelay),
            section.GetValue("RetryFor", defaults.RetryFor),
            section.GetValue("Timeout", defaults.Timeout),
            section["TrackingUrlTemplate"] is { Length: > 0 } template ? template : defaults.TrackingUrlTemplate,
            section.GetValue("DocumentLinkLifetime", defaults.DocumentLinkLifetime)));
        services.AddSingleton<IStoreEventLog>(provider =>
            new TableStoreEventLog(provider.GetRequiredService<StorageClients>().StoreEvents, provider.GetRequiredService<StorageOperationCounter>()));
        // The attempt's own timeout (Hub__Events__Timeout) bounds each request; the client's is only a backstop.
        services.AddHttpClient<IStoreEndpoint, HttpStoreEndpoint>(http => http.Timeout = TimeSpan.FromMinutes(2));
        services.AddTransient<StoreEventCourier>();
        services.AddTransient<StoreEventQueries>();
        return services;
    }
}
