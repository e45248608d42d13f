namespace BackOffice.Application.Messaging;

public static class OrderQueues
{
    /// <summary>The queue (Storage) or queue entity (Service Bus) that carries <see cref="OrderMessage"/>s.</summary>
    public const string Messages = "order-messages";
}
