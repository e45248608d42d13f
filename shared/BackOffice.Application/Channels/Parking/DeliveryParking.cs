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
    /// <summary>
    /// How much of a reason or an error message the entry keeps. A message may quote the value it refuses (a currency of
    /// 70,000 characters, say), and the entry's table property holds 64 KiB (32K UTF-16 characters): parking failed
    /// with a 5xx. The payload, kept whole beside the entry, has every value.
    /// </summary>
    public const int MaxMessageLength = 500;

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
            id,
            channel,
            deliveryId,
            Clip(reason),
            errors?.ToDictionary(field => field.Key, field => field.Value.Select(Clip).ToArray()) ?? new Dictionary<string, string[]>(),
            headers ?? new Dictionary<string, string>(),
            known?.ReceivedAt ?? clock.GetUtcNow(),
            (known?.Attempts ?? 0) + 1);
        await store.ParkAsync(parked, payload, cancellationToken);
        // The reason and the field paths only: the values may be personal data.
        logger.LogWarning("{Channel} delivery {ParkedId} parked for a person: {Reason} ({Fields})", channel, id, reason, string.Join(", ", parked.Errors.Keys));
        return new WebhookOutcome.Parked(id, parked.Reason);
    }

    private static string Clip(string message) =>
        message.Length <= MaxMessageLength
            ? message
            : $"{message[..MaxMessageLength]}… ({message.Length - MaxMessageLength} more characters: see the payload)";
}
