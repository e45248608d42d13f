using BackOffice.Application.Shipping;

namespace BackOffice.Application.Tests.Shipping;

public sealed class DeliveryPromiseTests
{
    [Theory]
    [InlineData("2026-11-27", 1, "2026-11-30")] // Friday + 1 → Monday
    [InlineData("2026-11-28", 1, "2026-11-30")] // Saturday + 1 → Monday
    [InlineData("2026-11-23", 7, "2026-12-02")]
    [InlineData("2026-11-23", 0, "2026-11-23")]
    public void AddBusinessDays_SkipsWeekends(string from, int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DeliveryPromise.AddBusinessDays(DateOnly.Parse(from), days));
    }

    [Theory]
    [InlineData("2026-11-23", "2026-12-02", 7)]
    [InlineData("2026-11-27", "2026-11-30", 1)]
    [InlineData("2026-11-30", "2026-11-27", 0)]
    [InlineData("2026-11-23", "2026-11-23", 0)]
    public void BusinessDaysBetween_CountsWorkingDaysAfterTodayUpToThePromise(string from, string to, int expected)
    {
        Assert.Equal(expected, DeliveryPromise.BusinessDaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)));
    }
}
