using System.Diagnostics;
using BackOffice.Application.Telemetry;
using OpenTelemetry;

namespace BackOffice.Functions.Hosting.Telemetry;

/// <summary>Masks personal data in span tags and event attributes (an exception message, a URL query) before export.</summary>
public sealed class RedactingActivityProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        // Every span of every request and partner or storage call ends here: read the tags in place and copy only the
        // few that change (setting a tag while enumerating them is not allowed).
        List<KeyValuePair<string, object?>>? masked = null;
        foreach (ref readonly var tag in data.EnumerateTagObjects())
        {
            var redacted = PersonalDataRedactor.RedactValue(tag.Key, tag.Value);
            if (!Equals(redacted, tag.Value))
            {
                (masked ??= []).Add(new(tag.Key, redacted));
            }
        }

        foreach (var (key, value) in masked ?? [])
        {
            data.SetTag(key, value);
        }

        if (data.StatusDescription is { } description)
        {
            data.SetStatus(data.Status, PersonalDataRedactor.Redact(description));
        }
    }
}
