using BackOffice.Domain.Orders;

namespace BackOffice.Application.Intake;

public sealed record InboundDelivery(SalesChannel Channel, string DeliveryId, ReadOnlyMemory<byte> RawBody)
{
    public DeliverySource Source => DeliverySource.Of(Channel);
}
