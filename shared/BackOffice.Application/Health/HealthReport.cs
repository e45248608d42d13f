using System.Text.Json.Serialization;

namespace BackOffice.Application.Health;

public sealed record HealthReport(string Status, IReadOnlyDictionary<string, DependencyState> Dependencies)
{
    [JsonIgnore]
    public bool IsHealthy => Status == HealthCheck.Healthy;
}
