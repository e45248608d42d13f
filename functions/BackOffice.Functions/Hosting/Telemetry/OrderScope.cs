using System.Diagnostics;
using BackOffice.Application.Telemetry;

namespace BackOffice.Functions.Hosting.Telemetry;

/// <summary>
/// Puts the order a piece of work is about on every log line (a logging scope, which OpenTelemetry exports as the
/// OrderId attribute) and on the current span (order.id).
/// </summary>
public static class OrderScope
{
    public static IDisposable? Begin(ILogger logger, string orderId)
    {
        Activity.Current?.SetTag(BackOfficeTelemetry.OrderIdTag, orderId);
        return logger.BeginScope(new Dictionary<string, object> { [BackOfficeTelemetry.OrderIdScope] = orderId });
    }

    public static string? Find(IExternalScopeProvider? scopes)
    {
        string? found = null;
        scopes?.ForEachScope(
            (scope, _) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object>> values
                    && values.FirstOrDefault(pair => pair.Key == BackOfficeTelemetry.OrderIdScope).Value is string orderId)
                {
                    found = orderId;
                }
            },
            (object?)null);
        return found;
    }
}
