namespace BackOffice.Application.Intake;

public sealed record DeliveryRecord(DeliverySource Source, string DeliveryId, string OrderId, string PayloadLocation, DateTimeOffset ReceivedAt);
