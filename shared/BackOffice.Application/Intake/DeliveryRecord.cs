using BackOffice.Domain.Orders;

namespace BackOffice.Application.Intake;

public sealed record DeliveryRecord(SalesChannel Channel, string DeliveryId, string OrderId, string PayloadLocation, DateTimeOffset ReceivedAt);
