using System.Data.Common;

namespace BackOffice.Infrastructure.Messaging;

/// <summary>
/// Where and how to reach Service Bus, read the way the Functions Service Bus trigger reads its <c>connection</c>
/// setting: a connection string with a shared access key, or (identity-based) <c>&lt;setting&gt;__fullyQualifiedNamespace</c>.
/// </summary>
public sealed record ServiceBusConnection(string FullyQualifiedNamespace, string? SharedAccessKeyName, string? SharedAccessKey)
{
    public bool UsesSharedAccessKey => SharedAccessKeyName is not null && SharedAccessKey is not null;

    public static ServiceBusConnection Parse(string? connectionString, string? fullyQualifiedNamespace)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
            var endpoint = parts.TryGetValue("Endpoint", out var value) && Uri.TryCreate(value as string, UriKind.Absolute, out var uri)
                ? uri.Host
                : throw new FormatException("The Service Bus connection string has no valid Endpoint.");
            return new ServiceBusConnection(
                endpoint,
                parts.TryGetValue("SharedAccessKeyName", out var keyName) ? keyName as string : null,
                parts.TryGetValue("SharedAccessKey", out var key) ? key as string : null);
        }

        return !string.IsNullOrWhiteSpace(fullyQualifiedNamespace)
            ? new ServiceBusConnection(fullyQualifiedNamespace.Trim(), null, null)
            : throw new InvalidOperationException(
                "Service Bus needs the ServiceBusConnection setting (a connection string) or ServiceBusConnection__fullyQualifiedNamespace (managed identity).");
    }
}
