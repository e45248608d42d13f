using System.Globalization;
using BackOffice.Application.Partners.Shipping;

namespace BackOffice.Partners.MelhorEnvio;

public static class MelhorEnvioStates
{
    // Melhor Envio writes local Brasília time without an offset; Brazil has kept UTC-3 all year since 2019.
    private static readonly TimeSpan Brasilia = TimeSpan.FromHours(-3);

    public static ShipmentState Map(string? status) => status?.ToLowerInvariant() switch
    {
        "pending" => ShipmentState.Pending,
        // Paid; generated (label made) is the same for us: not yet handed to the carrier.
        "released" or "paid" or "generated" => ShipmentState.Released,
        "posted" => ShipmentState.Posted,
        "in_transit" or "transit" => ShipmentState.InTransit,
        "delivered" => ShipmentState.Delivered,
        "undelivered" or "returned" => ShipmentState.Undelivered,
        "canceled" or "cancelled" or "expired" => ShipmentState.Cancelled,
        _ => ShipmentState.Pending,
    };

    /// <summary>Labels in these states are already paid for: checkout must not run again.</summary>
    public static bool IsPaid(string? status) => Map(status) is not ShipmentState.Pending and not ShipmentState.Cancelled;

    public static DateTimeOffset? Time(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, Brasilia);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
    }

    public static string? TrackingUrl(string? code) => string.IsNullOrWhiteSpace(code) ? null : $"https://www.melhorrastreio.com.br/rastreio/{code}";
}
