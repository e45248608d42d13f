namespace BackOffice.Application.Ops.DeadLetters;

/// <summary>A message its transport gave up on, as the transport keeps it (poison queue or dead-letter sub-queue).</summary>
/// <param name="Id">The transport's handle on it: a Storage queue message id, a Service Bus sequence number.</param>
/// <param name="TransportReason">What the transport recorded (Service Bus: reason and description); Storage queues record nothing.</param>
/// <param name="DeliveryCount">How often the transport delivered it, when the transport keeps that with the dead letter.</param>
public sealed record DeadLetteredMessage(string Id, string Body, string? TransportReason, int? DeliveryCount, DateTimeOffset? DeadLetteredAt);
