namespace BackOffice.Infrastructure.Messaging;

public sealed class ServiceBusSendException(int status, string detail)
    : Exception($"Service Bus refused the message with {status}: {detail}")
{
    public int Status { get; } = status;
}
