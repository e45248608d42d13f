using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Timers;

namespace BackOffice.LocalHost.Tests.Timers;

public class TimerScheduleTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 10, TimeSpan.Zero);

    [Theory]
    [InlineData("*/30 * * * * *", "2025-06-01T12:00:30Z")]
    [InlineData("0 */5 * * * *", "2025-06-01T12:05:00Z")]
    [InlineData("*/5 * * * *", "2025-06-01T12:05:00Z")]
    [InlineData("0 0 9 * * 1-5", "2025-06-02T09:00:00Z")]
    [InlineData("00:00:45", "2025-06-01T12:00:55Z")]
    public void Next_occurrence_in_utc(string expression, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TimerSchedule.Parse(expression, "t").GetNextOccurrence(Start));

    [Fact]
    public void Next_occurrence_is_strictly_after()
    {
        var onTheDot = new DateTimeOffset(2025, 6, 1, 12, 0, 30, TimeSpan.Zero);

        Assert.Equal(onTheDot.AddSeconds(30), TimerSchedule.Parse("*/30 * * * * *", "t").GetNextOccurrence(onTheDot));
    }

    [Theory]
    [InlineData("* * * *")]
    [InlineData("61 * * * * *")]
    [InlineData("")]
    public void Invalid_expressions_are_rejected(string expression) =>
        Assert.Throws<HostConfigurationException>(() => TimerSchedule.Parse(expression, "t"));

    [Fact]
    public void Payload_is_timer_info()
    {
        var now = Start;
        var info = TimerPayload.Create(DateTimeOffset.MinValue, now.AddSeconds(30), now, isPastDue: false);

        Assert.Equal(
            """{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"0001-01-01T00:00:00.0000000Z","Next":"2025-06-01T12:00:40.0000000Z","LastUpdated":"2025-06-01T12:00:10.0000000Z"},"IsPastDue":false}""",
            info.ToJsonString());
    }
}
