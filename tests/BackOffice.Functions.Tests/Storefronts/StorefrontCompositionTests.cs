using System.Text.Json;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Application.Processing;
using BackOffice.Channels.Shopify;
using BackOffice.Channels.Vtex;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Functions.Tests.Storefronts;

/// <summary>The composition root with the checked-in dev settings: every storefront piece resolves, nothing connects.</summary>
public sealed class StorefrontCompositionTests
{
    [Fact]
    public void AddServices_WhenSettingsAreTheLocalOnes_ResolvesTheStorefrontWebhooksFeedAndNotifiers()
    {
        using var provider = Provider(_ => { });

        Assert.NotNull(provider.GetRequiredService<ShopifyWebhook>());
        Assert.NotNull(provider.GetRequiredService<VtexOrderHook>());
        Assert.NotNull(provider.GetRequiredService<VtexFeedDrain>());
        Assert.NotNull(provider.GetRequiredService<OrderMessageHandler>());
        Assert.Equal(
            [SalesChannel.Shopify, SalesChannel.Vtex],
            provider.GetServices<IStorefrontNotifier>().Select(notifier => notifier.Channel).Order());
        Assert.Contains(provider.GetServices<IOrderMessageStep>(), step => step.MessageType == "NotifyStorefront");
    }

    [Theory]
    [InlineData("Shopify:WebhookSecret")]
    [InlineData("Vtex:HookHeaderName")]
    [InlineData("Vtex:HookHeaderValue")]
    public void AddServices_WhenAStorefrontSecretIsMissing_NamesIt(string setting)
    {
        // FunctionApp.StartAsync turns this into the misconfigured app's 503 answers.
        var error = Assert.Throws<MissingSettingException>(() => Provider(values => values[setting] = ""));

        Assert.Contains(setting.Replace(":", "__", StringComparison.Ordinal), error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Action<Dictionary<string, string?>> edit)
    {
        var values = LocalValues();
        edit(values);
        var services = new ServiceCollection();
        services.AddLogging();
        FunctionApp.AddServices(services, new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return services.BuildServiceProvider();
    }

    private static Dictionary<string, string?> LocalValues()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "local.settings.json")))
        {
            directory = directory.Parent;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.FullName, "local.settings.json")));
        return document.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(property => property.Name.Replace("__", ":", StringComparison.Ordinal), property => property.Value.GetString());
    }
}
