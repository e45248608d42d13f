using BackOffice.Application.Intake;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Channels.Parking;

/// <summary>
/// Ops' side of parked deliveries: list them, read one with its payload, resume it through its channel's intake (with
/// the payload ops corrected, if they sent one), or dismiss it. One that still cannot be used stays parked with the new
/// reason; one taken in leaves the list.
/// </summary>
public sealed class ParkedDeliveries(IParkedDeliveryStore store, IEnumerable<IParkedDeliveryResumer> resumers, ILogger<ParkedDeliveries> logger)
{
    public Task<IReadOnlyList<ParkedDelivery>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<ParkedDelivery?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    public Task<ReadOnlyMemory<byte>?> ReadPayloadAsync(string id, CancellationToken cancellationToken) => store.ReadPayloadAsync(id, cancellationToken);

    /// <param name="correctedPayload">The payload as ops fixed it; without one, the payload as it came.</param>
    /// <returns>Null when nothing is parked under <paramref name="id"/>.</returns>
    public async Task<WebhookOutcome?> ResumeAsync(string id, ReadOnlyMemory<byte>? correctedPayload, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } parked
            || (correctedPayload ?? await store.ReadPayloadAsync(id, cancellationToken)) is not { } payload)
        {
            return null;
        }

        var resumer = resumers.FirstOrDefault(candidate => candidate.Channel == parked.Channel)
            ?? throw new InvalidOperationException($"No intake can resume a {parked.Channel} delivery.");
        var outcome = await resumer.ResumeAsync(parked, payload, cancellationToken);
        switch (outcome)
        {
            case WebhookOutcome.Parked still:
                logger.LogWarning("Parked delivery {ParkedId} still cannot be used: {Reason}", id, still.Reason);
                break;
            case WebhookOutcome.Accepted accepted:
                await store.RemoveAsync(id, cancellationToken);
                logger.LogInformation("Parked delivery {ParkedId} resumed: order {OrderId}", id, accepted.OrderId);
                break;
        }

        return outcome;
    }

    /// <returns>False when nothing is parked under <paramref name="id"/>.</returns>
    public async Task<bool> DismissAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return false;
        }

        await store.RemoveAsync(id, cancellationToken);
        logger.LogInformation("Parked delivery {ParkedId} dismissed by a person", id);
        return true;
    }
}
