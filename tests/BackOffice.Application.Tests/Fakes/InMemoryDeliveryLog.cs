using BackOffice.Application.Intake;

namespace BackOffice.Application.Tests.Fakes;

internal sealed class InMemoryDeliveryLog : IDeliveryLog
{
    public Dictionary<(string Source, string DeliveryId), DeliveryRecord> Records { get; } = [];

    public int Reads { get; private set; }

    public Task<DeliveryRecord?> FindAsync(DeliverySource source, string deliveryId, CancellationToken cancellationToken)
    {
        lock (Records)
        {
            Reads++;
            return Task.FromResult(Records.GetValueOrDefault((source.Name, deliveryId)));
        }
    }

    public Task<bool> RecordAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        lock (Records)
        {
            return Task.FromResult(Records.TryAdd((record.Source.Name, record.DeliveryId), record));
        }
    }
}
