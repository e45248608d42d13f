namespace BackOffice.Infrastructure.Messaging;

/// <summary>The app settings that the generated function.json files name as their <c>connection</c>.</summary>
public static class FunctionsConnectionSettings
{
    public const string Storage = "AzureWebJobsStorage";
    public const string ServiceBus = "ServiceBusConnection";
}
