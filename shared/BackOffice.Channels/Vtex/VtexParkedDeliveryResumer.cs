using BackOffice.Application.Channels.Parking;
using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;

namespace BackOffice.Channels.Vtex;

/// <summary>Resumes a parked VTEX delivery: a hook body goes through the hook again, an OMS order through the intake.</summary>
public sealed class VtexParkedDeliveryResumer(VtexOrderHook hook, VtexOrderIngestion ingestion) : IParkedDeliveryResumer
{
    public SalesChannel Channel => SalesChannel.Vtex;

    public Task<WebhookOutcome> ResumeAsync(ParkedDelivery delivery, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        delivery.Headers.GetValueOrDefault(VtexOrderHook.ParkedKindHeader) == VtexOrderIngestion.ParkedOrder
            ? ingestion.ResumeOrderAsync(delivery, payload, cancellationToken)
            : hook.ResumeAsync(delivery, payload, cancellationToken);
}
