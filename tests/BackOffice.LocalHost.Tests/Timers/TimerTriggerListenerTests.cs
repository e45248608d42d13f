using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Invocation;
using BackOffice.LocalHost.Tests.Support;
using BackOffice.LocalHost.Timers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.LocalHost.Tests.Timers;

public sealed class TimerTriggerListenerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 1, 12, 0, 10, TimeSpan.Zero));
    private readonly CancellationTokenSource _stop = new();
    private FakeHandler _handler = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _handler = await FakeHandler.StartAsync();
        _client = new HttpClient { BaseAddress = _handler.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _client.Dispose();
        await _handler.DisposeAsync();
    }

    [Fact]
    public async Task Invokes_at_each_occurrence_with_last_and_next()
    {
        var run = Listener(runOnStartup: false).RunAsync(_stop.Token);

        await AdvanceUntilInvokedAsync(TimeSpan.FromSeconds(20), expectedCount: 1);
        await AdvanceUntilInvokedAsync(TimeSpan.FromSeconds(30), expectedCount: 2);

        var statuses = _handler.Invocations.Select(i => i.Body["Data"]!["timer"]!["ScheduleStatus"]!).ToList();
        Assert.Equal("0001-01-01T00:00:00.0000000Z", (string?)statuses[0]["Last"]);
        Assert.Equal("2025-06-01T12:01:00.0000000Z", (string?)statuses[0]["Next"]);
        Assert.Equal("2025-06-01T12:00:30.0000000Z", (string?)statuses[1]["Last"]);
        Assert.Equal("2025-06-01T12:01:30.0000000Z", (string?)statuses[1]["Next"]);
        await _stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task Run_on_startup_invokes_immediately()
    {
        var run = Listener(runOnStartup: true).RunAsync(_stop.Token);

        await Eventually.HoldsAsync(() => _handler.Invocations.Count == 1, "the startup run happens");
        await _stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task Runs_of_the_same_timer_do_not_overlap()
    {
        using var release = new ManualResetEventSlim();
        _handler.Invoke = (_, _) =>
        {
            release.Wait(TimeSpan.FromSeconds(10));
            return (200, "{}");
        };
        var listener = Listener(runOnStartup: true);
        var run = listener.RunAsync(_stop.Token);
        await Eventually.HoldsAsync(() => _handler.Invocations.Count == 1, "the first run starts");

        var second = listener.InvokeFromAdminAsync(null, _stop.Token);
        // A known event instead of a sleep: the second run is at the gate, and while the first holds it, it stays there.
        await Eventually.HoldsAsync(() => listener.RunsWaiting == 1, "the second run waits for the first");
        var countWhileBlocked = _handler.Invocations.Count;
        Assert.Equal(1, listener.RunsWaiting);
        release.Set();
        await second;

        Assert.Equal(1, countWhileBlocked);
        Assert.Equal(2, _handler.Invocations.Count);
        await _stop.CancelAsync();
        await run;
    }

    private TimerTriggerListener Listener(bool runOnStartup)
    {
        var function = new FunctionDefinition(
            "Sweep",
            new TimerTriggerBinding("timer", TimerSchedule.Parse("*/30 * * * * *", "test"), runOnStartup),
            []);
        var invoker = new FunctionInvoker(_client, _handler.Connection, TimeSpan.FromSeconds(30), new NoOutputs(), NullLogger<FunctionInvoker>.Instance);
        return new TimerTriggerListener(function, invoker, _time);
    }

    private async Task AdvanceUntilInvokedAsync(TimeSpan atMost, int expectedCount)
    {
        // Step the clock a second at a time so the listener's wait sees every tick, however late it started waiting.
        var deadline = _time.GetUtcNow() + atMost + TimeSpan.FromSeconds(5);
        while (_handler.Invocations.Count < expectedCount && _time.GetUtcNow() < deadline)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        await Eventually.HoldsAsync(() => _handler.Invocations.Count == expectedCount, $"run {expectedCount} happens");
    }

    private sealed class NoOutputs : IQueueOutputWriter
    {
        public Task WriteAsync(FunctionDefinition function, System.Text.Json.Nodes.JsonObject outputs, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
