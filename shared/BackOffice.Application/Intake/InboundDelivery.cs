using BackOffice.Domain.Orders;

namespace BackOffice.Application.Intake;

/// <param name="StorefrontVersion">When the storefront last changed the order, as the delivery says (see <see cref="Orders.TrackedOrder.StorefrontVersion"/>).</param>
public sealed record InboundDelivery(SalesChannel Channel, string DeliveryId, ReadOnlyMemory<byte> RawBody, DateTimeOffset? StorefrontVersion = null)
{
    public DeliverySource Source => DeliverySource.Of(Channel);
}
