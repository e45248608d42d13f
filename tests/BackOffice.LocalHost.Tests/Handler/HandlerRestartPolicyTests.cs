using BackOffice.LocalHost.Handler;

namespace BackOffice.LocalHost.Tests.Handler;

public sealed class HandlerRestartPolicyTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OnExit_WhenTheCodeIsTwoHundred_RestartsWithoutCountingAnError()
    {
        var policy = new HandlerRestartPolicy();

        Assert.Equal(HandlerStopDecision.RestartHandler, policy.OnExit(200, Start));
        Assert.Equal(0, policy.ErrorCount);
    }

    [Fact]
    public void OnError_WhenErrorsComeMoreThanThirtyMinutesApart_NeverRestartsTheHost()
    {
        var policy = new HandlerRestartPolicy();

        var decisions = Enumerable.Range(0, 5).Select(i => policy.OnError(Start + TimeSpan.FromMinutes(31 * i))).ToList();

        Assert.All(decisions, decision => Assert.Equal(HandlerStopDecision.RestartHandler, decision));
    }

    [Fact]
    public void OnExit_WhenTheThirdErrorComesWithinThirtyMinutesOfTheLast_RestartsTheHost()
    {
        var policy = new HandlerRestartPolicy();

        policy.OnExit(1, Start);
        policy.OnExit(139, Start + TimeSpan.FromMinutes(29));

        Assert.Equal(HandlerStopDecision.RestartHost, policy.OnExit(137, Start + TimeSpan.FromMinutes(58)));
        Assert.Equal(0, policy.ErrorCount);
    }
}
