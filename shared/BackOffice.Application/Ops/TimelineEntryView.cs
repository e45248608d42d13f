namespace BackOffice.Application.Ops;

public sealed record TimelineEntryView(DateTimeOffset At, string Event, string Status, string Cause, string? Detail);
