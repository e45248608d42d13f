using System.Text.Json.Nodes;

namespace BackOffice.LocalHost.Timers;

/// <summary>The TimerInfo object the real host passes as a timer trigger's value.</summary>
public static class TimerPayload
{
    public static JsonObject Create(DateTimeOffset last, DateTimeOffset next, DateTimeOffset now, bool isPastDue) => new()
    {
        ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
        ["ScheduleStatus"] = new JsonObject
        {
            ["Last"] = last.UtcDateTime.ToString("o"),
            ["Next"] = next.UtcDateTime.ToString("o"),
            ["LastUpdated"] = now.UtcDateTime.ToString("o"),
        },
        ["IsPastDue"] = isPastDue,
    };
}
