using BackOffice.Application.Messaging;

namespace BackOffice.Infrastructure.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.StorageQueues;

    public string OrderQueue { get; set; } = OrderQueues.Messages;
}
