using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Channels.Parking;

/// <summary>
/// Parks what a storefront sent and the hub cannot use, with the reason, where ops find it (<see cref="ParkedDeliveries"/>).
/// Parking the same delivery again (a resume that still fails) keeps one entry, its first time and the latest reason.
/// </summary>
public sealed class DeliveryParking(IParkedDeliveryStore store, TimeProvider clock, ILogger<DeliveryParking> logger)
{
    public async Task<WebhookOutcome.Parked> ParkAsync(
        SalesChannel channel,
        string deliveryId,
        ReadOnlyMemory<byte> payload,
        string reason,
        IReadOnlyDictionary<string, string[]>? errors,
        IReadOnlyDictionary<string, string>? headers,
        CancellationToken cancellationToken)
    {
        var id = $"{channel.ToString().ToLowerInvariant()}-{deliveryId}";
        var known = await store.FindAsync(id, cancellationToken);
        var parked = new ParkedDelivery(
            id, channel, deliveryId, reason, errors ?? new Dictionary<string, string[]>(), headers ?? new Dictionary<string, string>(), known?.ReceivedAt ?? clock.GetUtcNow(), (known?.Attempts ?? 0) + 1);
        await store.ParkAsync(parked, payload, cancellationToken);
        // The reason and the field paths only: the values may be personal data.
        logger.LogWarning("{Channel} delivery {ParkedId} parked for a person: {Reason} ({Fields})", channel, id, reason, string.Join(", ", parked.Errors.Keys));
        return new WebhookOutcome.Parked(id, reason);
    }
}
