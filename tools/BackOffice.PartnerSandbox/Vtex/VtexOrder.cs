using System.Text.Json.Nodes;

namespace BackOffice.PartnerSandbox.Vtex;

/// <summary>A seeded VTEX order with what the hub did to it; only touched under <see cref="VtexSimulator"/>'s lock.</summary>
public sealed class VtexOrder(string orderId, JsonObject seed)
{
    public string OrderId { get; } = orderId;

    public string OrderRef => "vtex-" + OrderId.ToLowerInvariant();

    /// <summary>The order JSON as seeded; served with <see cref="Status"/> and the invoices laid over it.</summary>
    public JsonObject Seed { get; } = seed;

    public string Status { get; set; } = seed["status"]?.GetValue<string>() ?? "ready-for-handling";

    /// <summary>Invoices by invoiceNumber, in the <c>packageAttachment.packages</c> shape.</summary>
    public Dictionary<string, JsonObject> Invoices { get; } = [];

    /// <summary>The first receipt per invoiceNumber: a repeat gets it back.</summary>
    public Dictionary<string, JsonObject> InvoiceReceipts { get; } = [];

    public JsonObject? CancelReceipt { get; set; }
}
