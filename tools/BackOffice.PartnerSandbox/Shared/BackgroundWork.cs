namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// Runs delayed work (a charge getting paid, a SEFAZ answer, a callback) on the thread pool with real timers, so
/// request handlers never sleep. A full reset cancels everything still pending.
/// </summary>
public sealed class BackgroundWork(ILogger<BackgroundWork> log, IHostApplicationLifetime lifetime)
{
    private readonly Lock _gate = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _finished = new(StringComparer.Ordinal);
    private CancellationTokenSource _generation = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);

    public void After(TimeSpan delay, string what, Func<CancellationToken, Task> work)
    {
        CancellationToken token;
        lock (_gate)
        {
            token = _generation.Token;
        }

        _ = Task.Run(
            async () =>
            {
                try
                {
                    if (delay > TimeSpan.Zero)
                    {
                        await Task.Delay(delay, token);
                    }

                    await work(token);
                    _finished.AddOrUpdate(what, 1, (_, runs) => runs + 1);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    // Reset or shutdown: the work is no longer wanted.
                }
                catch (Exception ex)
                {
                    log.LogError(ex, "Background work '{What}' failed.", what);
                }
            },
            CancellationToken.None);
    }

    /// <summary>
    /// How many times work of that name has run to its end: what a test waits for before it checks that the work did
    /// nothing (a PIX left unpaid, say), instead of sleeping and hoping it ran.
    /// </summary>
    public int FinishedRuns(string what) => _finished.GetValueOrDefault(what);

    public void CancelAll()
    {
        CancellationTokenSource old;
        lock (_gate)
        {
            old = _generation;
            _generation = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        }

        // Not disposed: work started under the old token may still be registering on it.
        old.Cancel();
    }
}
