namespace BackOffice.LocalHost.Hosting;

/// <summary>
/// Replaces the console lifetime: Program owns Ctrl-C/SIGTERM so it can stop the handler process too,
/// and tests can start several hosts in one process.
/// </summary>
internal sealed class ExternallyControlledLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
