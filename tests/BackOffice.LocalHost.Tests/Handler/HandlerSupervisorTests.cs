using System.Collections.Concurrent;
using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Handler;
using BackOffice.LocalHost.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.LocalHost.Tests.Handler;

/// <summary>The handler's lifecycle as the real host runs it (see <see cref="HandlerRestartPolicy"/> for the sources).</summary>
public sealed class HandlerSupervisorTests : IAsyncDisposable
{
    private readonly ScriptedLauncher _launcher = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<HandlerLifecycleEvent> _events = new();
    private readonly TestScriptRoot _root = new(HostJson.Fast());
    private HandlerSupervisor? _supervisor;

    public async ValueTask DisposeAsync()
    {
        if (_supervisor is not null)
        {
            await _supervisor.DisposeAsync();
        }

        _root.Dispose();
    }

    [Fact]
    public async Task Exit_WhenTheCodeIsAnError_StartsTheHandlerAgainAndCallsReachTheNewOne()
    {
        var supervisor = await StartAsync();

        _launcher.Runtimes[0].Exit(137);

        await Eventually.HoldsAsync(() => _launcher.Runtimes.Count == 2, "the handler is started again");
        Assert.Equal(_launcher.Runtimes[1].BaseAddress, await supervisor.GetReadyAddressAsync(CancellationToken.None));
        Assert.Equal([HandlerStopDecision.RestartHandler], Decisions());
    }

    [Fact]
    public async Task Exit_WhenTheCodeIsZero_LeavesTheHandlerStopped()
    {
        await StartAsync();

        _launcher.Runtimes[0].Exit(0);

        await Eventually.HoldsAsync(() => Decisions().Count == 1, "the exit is handled");
        Assert.Equal([HandlerStopDecision.LeaveStopped], Decisions());
        Assert.Single(_launcher.Runtimes);
    }

    [Fact]
    public async Task Exit_WhenTheThirdErrorComesWithinThirtyMinutes_RestartsTheHostAfterItsDelayWithNoErrorsCounted()
    {
        await StartAsync();

        for (var failure = 0; failure < 3; failure++)
        {
            _launcher.Runtimes[failure].Exit(1);
            await Eventually.HoldsAsync(() => Decisions().Count == failure + 1, $"exit {failure + 1} is handled");
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        await Eventually.HoldsAsync(() => _launcher.Runtimes.Count == 4, "the host comes back with a new handler");
        Assert.Equal([HandlerStopDecision.RestartHandler, HandlerStopDecision.RestartHandler, HandlerStopDecision.RestartHost], Decisions());

        _launcher.Runtimes[3].Exit(1);
        await Eventually.HoldsAsync(() => Decisions().Count == 4, "the next exit is handled");
        Assert.Equal(HandlerStopDecision.RestartHandler, Decisions()[3]);
    }

    [Fact]
    public async Task RestartAfterTimeout_KillsTheHandlerAndStartsAnotherWithoutCountingAnError()
    {
        var supervisor = await StartAsync();

        supervisor.RestartAfterTimeout("test");

        await Eventually.HoldsAsync(() => _launcher.Runtimes.Count == 2, "a new handler runs");
        Assert.Equal(_launcher.Runtimes[1].BaseAddress, await supervisor.GetReadyAddressAsync(CancellationToken.None));
        Assert.True(_launcher.Runtimes[0].Disposed);
        var stopped = Assert.Single(_events, e => e.Kind == HandlerLifecycleKind.Stopped);
        Assert.Null(stopped.ExitCode);
    }

    [Fact]
    public async Task Relaunch_WhenTheHandlerNeverComesUp_CountsEachFailureAndKeepsTrying()
    {
        await StartAsync();
        _launcher.FailNextLaunches = 2;

        _launcher.Runtimes[0].Exit(1);

        await Eventually.HoldsAsync(() => _launcher.Runtimes.Count == 2, "a handler finally starts after the host restart");
        Assert.Equal(2, _events.Count(e => e.Kind == HandlerLifecycleKind.FailedToStart));
        Assert.Equal([HandlerStopDecision.RestartHandler, HandlerStopDecision.RestartHandler, HandlerStopDecision.RestartHost], Decisions());
    }

    private async Task<HandlerSupervisor> StartAsync()
    {
        _supervisor = await HandlerSupervisor.StartAsync(_launcher, _root.Load(), _time, NullLogger.Instance, CancellationToken.None);
        _supervisor.Observed += e =>
        {
            _events.Enqueue(e);

            // The host's restart delay runs on fake time: let it pass as soon as it starts.
            if (e.Decision == HandlerStopDecision.RestartHost)
            {
                var attempts = _launcher.Attempts;
                _ = Task.Run(async () =>
                {
                    while (_launcher.Attempts == attempts)
                    {
                        _time.Advance(HandlerSupervisor.HostRestartDelay);
                        await Task.Delay(10);
                    }
                });
            }
        };
        return _supervisor;
    }

    private List<HandlerStopDecision> Decisions() => _events.Where(e => e.Decision is not null).Select(e => e.Decision!.Value).ToList();

    private sealed class ScriptedLauncher : IHandlerLauncher
    {
        public List<FakeRuntime> Runtimes { get; } = [];

        public int FailNextLaunches { get; set; }

        public int Failures { get; private set; }

        public int Attempts
        {
            get
            {
                lock (Runtimes)
                {
                    return Runtimes.Count + Failures;
                }
            }
        }

        public Task<IHandlerRuntime> LaunchAsync(ScriptRoot scriptRoot, CancellationToken cancellationToken)
        {
            lock (Runtimes)
            {
                if (FailNextLaunches > 0)
                {
                    FailNextLaunches--;
                    Failures++;
                    throw new HandlerStartupException("did not accept connections within 30 s");
                }

                var runtime = new FakeRuntime(new Uri($"http://127.0.0.1:{40000 + Runtimes.Count}/"));
                Runtimes.Add(runtime);
                return Task.FromResult<IHandlerRuntime>(runtime);
            }
        }
    }

    private sealed class FakeRuntime(Uri baseAddress) : IHandlerRuntime
    {
        private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Uri BaseAddress { get; } = baseAddress;

        public Task<int> Exited => _exited.Task;

        public bool Disposed { get; private set; }

        public void Exit(int code) => _exited.TrySetResult(code);

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
