using System.Globalization;

namespace BackOffice.LocalHost.Configuration;

/// <summary>Parses host.json durations ("hh:mm:ss"), where functionTimeout "-1" means no limit.</summary>
internal static class DurationParser
{
    public static TimeSpan Parse(string value, string settingName)
    {
        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var duration) && duration >= TimeSpan.Zero)
        {
            return duration;
        }

        throw new HostConfigurationException($"host.json '{settingName}' value '{value}' is not a duration like 00:05:00.");
    }

    public static TimeSpan? ParseTimeout(string? value, TimeSpan defaultValue)
    {
        if (value is null)
        {
            return defaultValue;
        }

        return value.Trim() == "-1" ? null : Parse(value, "functionTimeout");
    }
}
