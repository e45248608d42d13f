using System.Globalization;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.MelhorEnvio;

/// <summary>Label snapshots in Melhor Envio's shape (ids are UUIDs, times are "yyyy-MM-dd HH:mm:ss").</summary>
public static class MelhorEnvioJson
{
    public static JsonObject Label(MelhorEnvioLabel label) => new()
    {
        ["id"] = label.Id,
        ["protocol"] = label.Protocol,
        ["service_id"] = label.ServiceId,
        ["price"] = label.Price.ToString("0.00", CultureInfo.InvariantCulture),
        ["status"] = label.Status,
        ["tracking"] = label.Tracking,
        ["self_tracking"] = label.Tracking is null ? null : "ME" + label.Tracking[2..11],
        ["tracking_url"] = TrackingUrl(label),
        ["tags"] = Tags(label),
        ["created_at"] = Timestamps.Plain(label.CreatedAt),
        ["updated_at"] = Timestamps.Plain(label.UpdatedAt),
        ["paid_at"] = Timestamps.Plain(label.PaidAt),
        ["generated_at"] = Timestamps.Plain(label.GeneratedAt),
        ["posted_at"] = Timestamps.Plain(label.PostedAt),
        ["delivered_at"] = Timestamps.Plain(label.DeliveredAt),
    };

    /// <summary>An entry of <c>POST me/shipment/tracking</c>'s map.</summary>
    public static JsonObject Tracking(MelhorEnvioLabel label) => new()
    {
        ["id"] = label.Id,
        ["protocol"] = label.Protocol,
        ["status"] = label.Status,
        ["tracking"] = label.Tracking,
        ["melhorenvio_tracking"] = label.Tracking is null ? null : "ME" + label.Tracking[2..11],
        ["in_transit"] = label.InTransit,
        ["created_at"] = Timestamps.Plain(label.CreatedAt),
        ["paid_at"] = Timestamps.Plain(label.PaidAt),
        ["generated_at"] = Timestamps.Plain(label.GeneratedAt),
        ["posted_at"] = Timestamps.Plain(label.PostedAt),
        ["delivered_at"] = Timestamps.Plain(label.DeliveredAt),
        ["canceled_at"] = null,
        ["expired_at"] = null,
    };

    /// <summary>
    /// The <c>data</c> of a webhook event: <c>{ id, protocol, status, tracking, tracking_url, … }</c>. It names the label
    /// only, not the tags put on it (the receiver reads the label for those).
    /// </summary>
    public static JsonObject Event(MelhorEnvioLabel label) => new()
    {
        ["id"] = label.Id,
        ["protocol"] = label.Protocol,
        ["status"] = label.Status,
        ["tracking"] = label.Tracking,
        ["tracking_url"] = TrackingUrl(label),
        ["posted_at"] = Timestamps.Plain(label.PostedAt),
        ["delivered_at"] = Timestamps.Plain(label.DeliveredAt),
        ["updated_at"] = Timestamps.Plain(label.UpdatedAt),
    };

    private static string? TrackingUrl(MelhorEnvioLabel label)
        => label.Tracking is null ? null : $"https://www.melhorrastreio.com.br/rastreio/{label.Tracking}";

    private static JsonArray Tags(MelhorEnvioLabel label)
        => label.OrderRef is null ? [] : [new JsonObject { ["tag"] = label.OrderRef, ["url"] = label.TagUrl }];
}
