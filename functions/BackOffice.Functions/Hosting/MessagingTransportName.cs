namespace BackOffice.Functions.Hosting;

/// <summary>The transports a message trigger can be generated for; the same names as the Messaging:Transport setting.</summary>
public static class MessagingTransportName
{
    public const string StorageQueues = "StorageQueues";
    public const string ServiceBus = "ServiceBus";

    public static readonly IReadOnlyList<string> All = [StorageQueues, ServiceBus];
}
