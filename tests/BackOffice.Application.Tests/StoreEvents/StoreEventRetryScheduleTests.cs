using BackOffice.Application.StoreEvents;

namespace BackOffice.Application.Tests.StoreEvents;

public sealed class StoreEventRetryScheduleTests
{
    private static readonly StoreEventSettings Settings = StoreEventSettings.Default;
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 30)]
    [InlineData(4, 120)]
    [InlineData(5, 360)]
    [InlineData(6, 720)]
    [InlineData(9, 720)]
    public void NextAttempt_WhenAnAttemptFails_WaitsLongerEachTime(int failedAttempts, int minutes)
    {
        var now = Start.AddMinutes(1);

        var next = StoreEventRetrySchedule.NextAttempt(Settings, failedAttempts, Start, now, jitter: 0.5);

        Assert.Equal(now.AddMinutes(minutes), next);
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.999, 1.2)]
    public void NextAttempt_WithJitter_StaysWithinTwentyPercent(double jitter, double factor)
    {
        var next = StoreEventRetrySchedule.NextAttempt(Settings, 3, Start, Start, jitter)!.Value;

        Assert.InRange((next - Start).TotalMinutes, (30 * factor) - 0.1, (30 * factor) + 0.1);
    }

    [Fact]
    public void NextAttempt_WhenTheNextWaitWouldPassTheDay_TriesOnceMoreAtTheEndOfTheDay()
    {
        var now = Start.AddHours(20);

        var next = StoreEventRetrySchedule.NextAttempt(Settings, 6, Start, now, jitter: 0.5);

        Assert.Equal(Start.AddDays(1), next);
    }

    [Fact]
    public void NextAttempt_WhenTheDayIsOver_GivesUp()
    {
        Assert.Null(StoreEventRetrySchedule.NextAttempt(Settings, 7, Start, Start.AddDays(1), jitter: 0.5));
    }

    [Fact]
    public void NextAttempt_OverAWholeDayOfFailures_MakesAboutTenAttempts()
    {
        var attempts = 1;
        var now = Start;
        while (StoreEventRetrySchedule.NextAttempt(Settings, attempts, Start, now, jitter: 0.5) is { } next)
        {
            now = next;
            attempts++;
        }

        Assert.Equal(Start.AddDays(1), now);
        Assert.InRange(attempts, 8, 10);
    }
}
