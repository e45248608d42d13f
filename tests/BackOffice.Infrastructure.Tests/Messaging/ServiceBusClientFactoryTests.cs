using Azure.Identity;
using BackOffice.Infrastructure.Messaging;
using Microsoft.Extensions.Configuration;

namespace BackOffice.Infrastructure.Tests.Messaging;

public sealed class ServiceBusClientFactoryTests
{
    private static readonly DefaultAzureCredential Credential = new();

    [Fact]
    public async Task Create_WhenOnlyTheNamespaceIsSet_UsesTheIdentityForThatNamespace()
    {
        await using var client = ServiceBusClientFactory.Create(Settings(("ServiceBusConnection:fullyQualifiedNamespace", " backoffice-prod.servicebus.windows.net ")), Credential);

        Assert.Equal("backoffice-prod.servicebus.windows.net", client.FullyQualifiedNamespace);
    }

    [Fact]
    public async Task Create_WhenAUserSetsAConnectionString_UsesItEvenWithANamespaceSet()
    {
        await using var client = ServiceBusClientFactory.Create(
            Settings(
                ("ServiceBusConnection", "Endpoint=sb://chosen.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=c2VjcmV0"),
                ("ServiceBusConnection:fullyQualifiedNamespace", "other.servicebus.windows.net")),
            Credential);

        Assert.Equal("chosen.servicebus.windows.net", client.FullyQualifiedNamespace);
    }

    [Fact]
    public void Create_WhenNeitherIsSet_SaysWhichSettingsAreMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ServiceBusClientFactory.Create(Settings(), Credential));

        Assert.Contains("ServiceBusConnection__fullyQualifiedNamespace", error.Message);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(value => KeyValuePair.Create(value.Key, (string?)value.Value))).Build();
}
