using BackOffice.Application.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace BackOffice.Functions.Hosting.Telemetry;

/// <summary>Masks personal data in every exported log record: its message, its attributes and its exception text.</summary>
public sealed class RedactingLogProcessor : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        if (data.FormattedMessage is { } message)
        {
            data.FormattedMessage = PersonalDataRedactor.Redact(message);
        }

        if (data.Body is { } body)
        {
            data.Body = PersonalDataRedactor.Redact(body);
        }

        if (data.Exception is { } exception and not RedactedException)
        {
            data.Exception = new RedactedException(exception);
        }

        if (data.Attributes is { Count: > 0 } attributes)
        {
            data.Attributes = [.. attributes.Select(pair => new KeyValuePair<string, object?>(pair.Key, PersonalDataRedactor.RedactValue(pair.Key, pair.Value)))];
        }
    }
}
