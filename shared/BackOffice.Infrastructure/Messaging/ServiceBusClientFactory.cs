using Azure.Core;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;

namespace BackOffice.Infrastructure.Messaging;

/// <summary>
/// The app's one <see cref="ServiceBusClient"/>, from the setting the Service Bus trigger reads too
/// (<see cref="FunctionsConnectionSettings.ServiceBus"/>): a connection string only when a user sets one; otherwise
/// <c>ServiceBusConnection__fullyQualifiedNamespace</c> and the app's managed identity, with no key anywhere.
/// </summary>
public static class ServiceBusClientFactory
{
    public static readonly string NamespaceSetting = $"{FunctionsConnectionSettings.ServiceBus}:fullyQualifiedNamespace";

    public static ServiceBusClient Create(IConfiguration configuration, TokenCredential credential)
    {
        if (configuration[FunctionsConnectionSettings.ServiceBus] is { Length: > 0 } connectionString)
        {
            return new ServiceBusClient(connectionString);
        }

        return configuration[NamespaceSetting] is { Length: > 0 } fullyQualifiedNamespace
            ? new ServiceBusClient(fullyQualifiedNamespace.Trim(), credential)
            : throw new InvalidOperationException(
                $"Messaging:Transport is ServiceBus, so set {FunctionsConnectionSettings.ServiceBus}__fullyQualifiedNamespace (managed identity) or {FunctionsConnectionSettings.ServiceBus} (a connection string).");
    }
}
