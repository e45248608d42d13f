using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Channels.Parking;

/// <summary>A channel's intake run again on a parked delivery, its signature already checked when it first came.</summary>
public interface IParkedDeliveryResumer
{
    SalesChannel Channel { get; }

    /// <returns>What the intake did; <see cref="WebhookOutcome.Parked"/> when the payload still cannot be used.</returns>
    Task<WebhookOutcome> ResumeAsync(ParkedDelivery delivery, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);
}
