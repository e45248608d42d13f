namespace BackOffice.Application.Catalog;

/// <summary>Keeps two runs of one sync from overlapping, across instances.</summary>
public interface IRunLease
{
    /// <returns>The held lease, or null when another run holds it.</returns>
    Task<IHeldLease?> TryAcquireAsync(string name, CancellationToken cancellationToken);
}

/// <summary>A lease held by this run: renewed as the run goes, released when disposed (it also lapses if the process dies).</summary>
public interface IHeldLease : IAsyncDisposable
{
    Task RenewAsync(CancellationToken cancellationToken);
}
