using BackOffice.Application.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace BackOffice.Functions.Hosting.Telemetry;

/// <summary>
/// One line per entry, as the simple console formatter writes it (UTC time, level, category, message), with personal
/// data masked and the order id of the entry's scope appended when the message does not say it already.
/// </summary>
public sealed class RedactingConsoleFormatter(IOptionsMonitor<SimpleConsoleFormatterOptions> options) : ConsoleFormatter(Name)
{
    public new const string Name = "redacting";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        var orderId = OrderScope.Find(scopeProvider);
        if (orderId is not null && !message.Contains(orderId, StringComparison.Ordinal))
        {
            message += $" [order {orderId}]";
        }

        var settings = options.CurrentValue;
        var time = settings.TimestampFormat is { } format ? (settings.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now).ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "";
        textWriter.Write($"{time}{Level(logEntry.LogLevel)}: {logEntry.Category}[{logEntry.EventId.Id}] {PersonalDataRedactor.Redact(message)}");
        if (logEntry.Exception is { } exception)
        {
            textWriter.Write(' ');
            textWriter.Write(PersonalDataRedactor.Redact(exception.ToString()).ReplaceLineEndings(" | "));
        }

        textWriter.WriteLine();
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
