namespace BackOffice.Application.Health;

public sealed record HealthReport(string Status, IReadOnlyDictionary<string, DependencyState> Dependencies)
{
    public bool IsHealthy => Status == HealthCheck.Healthy;
}
