using System.Globalization;
using BackOffice.LocalHost.Configuration;
using Cronos;

namespace BackOffice.LocalHost.Timers;

/// <summary>
/// A timerTrigger schedule: NCRONTAB with six fields (seconds first) or five, evaluated in UTC,
/// or a constant interval such as "00:05:00" as the real host also accepts.
/// </summary>
public sealed class TimerSchedule
{
    private readonly CronExpression? _cron;
    private readonly TimeSpan? _interval;

    private TimerSchedule(string expression, CronExpression? cron, TimeSpan? interval)
    {
        Expression = expression;
        _cron = cron;
        _interval = interval;
    }

    public string Expression { get; }

    public static TimerSchedule Parse(string expression, string usage)
    {
        var trimmed = expression.Trim();
        var fields = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 1 && TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var interval) && interval > TimeSpan.Zero)
        {
            return new TimerSchedule(trimmed, null, interval);
        }

        var format = fields.Length switch
        {
            6 => CronFormat.IncludeSeconds,
            5 => CronFormat.Standard,
            _ => throw new HostConfigurationException($"{usage}: schedule '{expression}' must be an NCRONTAB expression with 5 or 6 fields."),
        };

        try
        {
            return new TimerSchedule(trimmed, CronExpression.Parse(string.Join(' ', fields), format), null);
        }
        catch (CronFormatException ex)
        {
            throw new HostConfigurationException($"{usage}: schedule '{expression}' is not a valid NCRONTAB expression: {ex.Message}", ex);
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset GetNextOccurrence(DateTimeOffset after)
    {
        if (_interval is { } interval)
        {
            return after + interval;
        }

        return _cron!.GetNextOccurrence(after.ToUniversalTime(), TimeZoneInfo.Utc)
            ?? throw new InvalidOperationException($"Schedule '{Expression}' has no occurrence after {after:o}.");
    }
}
