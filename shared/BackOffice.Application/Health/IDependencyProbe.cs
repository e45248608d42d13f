namespace BackOffice.Application.Health;

public interface IDependencyProbe
{
    string Name { get; }

    /// <summary>Throws when the dependency cannot be reached.</summary>
    Task ProbeAsync(CancellationToken cancellationToken);
}
