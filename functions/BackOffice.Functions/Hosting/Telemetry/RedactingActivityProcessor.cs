using System.Diagnostics;
using BackOffice.Application.Telemetry;
using OpenTelemetry;

namespace BackOffice.Functions.Hosting.Telemetry;

/// <summary>Masks personal data in span tags and event attributes (an exception message, a URL query) before export.</summary>
public sealed class RedactingActivityProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        foreach (var (key, value) in data.TagObjects.ToList())
        {
            var redacted = PersonalDataRedactor.RedactValue(key, value);
            if (!Equals(redacted, value))
            {
                data.SetTag(key, redacted);
            }
        }

        if (data.StatusDescription is { } description)
        {
            data.SetStatus(data.Status, PersonalDataRedactor.Redact(description));
        }
    }
}
