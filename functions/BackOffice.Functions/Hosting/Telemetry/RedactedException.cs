using BackOffice.Application.Telemetry;

namespace BackOffice.Functions.Hosting.Telemetry;

/// <summary>
/// Stands in for an exception on its way to the exporter: same stack trace, message and text masked. The message starts
/// with the original type's name, which exporters would otherwise report as this type's.
/// </summary>
public sealed class RedactedException(Exception original)
    : Exception($"{original.GetType().FullName}: {PersonalDataRedactor.Redact(original.Message)}")
{
    public string OriginalType { get; } = original.GetType().FullName ?? original.GetType().Name;

    public override string? StackTrace { get; } = original.StackTrace;

    public override string ToString() => PersonalDataRedactor.Redact(original.ToString());
}
