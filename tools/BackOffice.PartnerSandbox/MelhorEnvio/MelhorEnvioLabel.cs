namespace BackOffice.PartnerSandbox.MelhorEnvio;

/// <summary>A shipping label (a cart item, in Melhor Envio's words); only touched under the simulator's lock.</summary>
public sealed class MelhorEnvioLabel(string id, string protocol, string? orderRef, int serviceId, decimal price, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string Protocol { get; } = protocol;

    /// <summary>The first <c>options.tags[].tag</c>: the hub's order id.</summary>
    public string? OrderRef { get; } = orderRef;

    public int ServiceId { get; } = serviceId;

    public decimal Price { get; } = price;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public string? TagUrl { get; init; }

    /// <summary><c>pending</c> (in the cart), <c>released</c> (paid), <c>generated</c>, <c>posted</c>, <c>delivered</c>, <c>undelivered</c>, <c>canceled</c>.</summary>
    public string Status { get; set; } = "pending";

    /// <summary>Between posted and delivered; Melhor Envio has no status for it, only the tracking events show it.</summary>
    public bool InTransit { get; set; }

    public string? Tracking { get; set; }

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public DateTimeOffset? PaidAt { get; set; }

    public DateTimeOffset? GeneratedAt { get; set; }

    public DateTimeOffset? PostedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
}
