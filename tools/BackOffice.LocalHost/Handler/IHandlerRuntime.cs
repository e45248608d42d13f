namespace BackOffice.LocalHost.Handler;

/// <summary>A running custom handler the host talks to.</summary>
public interface IHandlerRuntime : IAsyncDisposable
{
    Uri BaseAddress { get; }

    /// <summary>Completes with the exit code if the handler stops on its own.</summary>
    Task<int> Exited { get; }
}
