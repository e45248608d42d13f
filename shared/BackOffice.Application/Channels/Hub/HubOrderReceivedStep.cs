using BackOffice.Application.Messaging;
using BackOffice.Application.Processing;

namespace BackOffice.Application.Channels.Hub;

/// <summary>Takes in a hub-format order the webhook acknowledged; a failure is retried by the transport, then dead-lettered for ops.</summary>
public sealed class HubOrderReceivedStep(HubOrderWebhook webhook) : IIntakeMessageStep
{
    public string MessageType => HubOrderWebhook.MessageType;

    public Task ExecuteAsync(OrderMessage message, CancellationToken cancellationToken) => webhook.ApplyAsync(message, cancellationToken);
}
