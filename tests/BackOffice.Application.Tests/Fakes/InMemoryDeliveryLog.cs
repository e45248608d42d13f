using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Fakes;

internal sealed class InMemoryDeliveryLog : IDeliveryLog
{
    public Dictionary<(SalesChannel, string), DeliveryRecord> Records { get; } = [];

    public Task<DeliveryRecord?> FindAsync(SalesChannel channel, string deliveryId, CancellationToken cancellationToken) =>
        Task.FromResult(Records.GetValueOrDefault((channel, deliveryId)));

    public Task RecordAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        Records.TryAdd((record.Channel, record.DeliveryId), record);
        return Task.CompletedTask;
    }
}
