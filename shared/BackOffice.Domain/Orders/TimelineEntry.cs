namespace BackOffice.Domain.Orders;

public sealed record TimelineEntry(DateTimeOffset At, string Event, OrderStatus Status, Cause Cause, string? Detail = null);
