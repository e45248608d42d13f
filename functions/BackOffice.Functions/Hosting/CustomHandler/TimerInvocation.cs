using System.Text.Json;

namespace BackOffice.Functions.Hosting.CustomHandler;

/// <summary>The timer info the host passes: <c>{"Schedule":…,"ScheduleStatus":{"Last","Next","LastUpdated"},"IsPastDue":…}</c>.</summary>
public sealed record TimerInvocation(bool IsPastDue, DateTimeOffset? Last, DateTimeOffset? Next)
{
    public static TimerInvocation From(InvocationRequest request, string bindingName)
    {
        if (request.DataFor(bindingName) is not { ValueKind: JsonValueKind.Object } timer)
        {
            // The admin API invokes a timer with no timer info at all.
            return new TimerInvocation(false, null, null);
        }

        var status = timer.TryGetProperty("ScheduleStatus", out var value) && value.ValueKind == JsonValueKind.Object ? value : (JsonElement?)null;
        return new TimerInvocation(
            timer.TryGetProperty("IsPastDue", out var pastDue) && pastDue.ValueKind == JsonValueKind.True,
            DateOf(status, "Last"),
            DateOf(status, "Next"));
    }

    private static DateTimeOffset? DateOf(JsonElement? status, string name) =>
        status is { } value && value.TryGetProperty(name, out var date) && date.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(date.GetString(), out var parsed) ? parsed : null;
}
