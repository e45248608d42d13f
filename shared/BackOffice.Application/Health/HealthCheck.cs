using System.Diagnostics;

namespace BackOffice.Application.Health;

public sealed class HealthCheck(IEnumerable<IDependencyProbe> probes)
{
    public const string Healthy = "Healthy";
    public const string Unhealthy = "Unhealthy";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(probes.Select(probe => RunAsync(probe, cancellationToken)));
        var dependencies = results.ToDictionary(result => result.Name, result => result.State);
        var status = dependencies.Values.All(state => state.State == Healthy) ? Healthy : Unhealthy;
        return new HealthReport(status, dependencies);
    }

    private static async Task<(string Name, DependencyState State)> RunAsync(IDependencyProbe probe, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await probe.ProbeAsync(timeout.Token);
            return (probe.Name, new DependencyState(Healthy, stopwatch.ElapsedMilliseconds, null));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The report is the answer here: a failing dependency is a result to show, not an error to raise.
            return (probe.Name, new DependencyState(Unhealthy, stopwatch.ElapsedMilliseconds, exception.GetType().Name + ": " + FirstLine(exception.Message)));
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
