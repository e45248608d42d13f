namespace BackOffice.Application.Health;

public sealed record DependencyState(string State, long DurationMs, string? Error);
