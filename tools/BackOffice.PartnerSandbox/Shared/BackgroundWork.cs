namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// Runs delayed work (a charge getting paid, a SEFAZ answer, a callback) on the thread pool with real timers, so
/// request handlers never sleep. A full reset cancels everything still pending.
/// </summary>
public sealed class BackgroundWork(ILogger<BackgroundWork> log, IHostApplicationLifetime lifetime)
{
    private readonly Lock _gate = new();
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
