using System.Text.Json.Nodes;

namespace BackOffice.PartnerSandbox.Pagarme;

/// <summary>An order's live state; only touched under <see cref="PagarmeSimulator"/>'s lock.</summary>
public sealed class PagarmeOrder(string id, string? code, long amount, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string? Code { get; } = code;

    public long Amount { get; } = amount;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public bool Closed { get; init; } = true;

    public JsonNode? Items { get; init; }

    public JsonNode? Customer { get; init; }

    public JsonNode? Metadata { get; init; }

    public List<PagarmeCharge> Charges { get; } = [];

    /// <summary>Derived from the charges, as Pagar.me does.</summary>
    public string Status => Charges switch
    {
        [] => "pending",
        _ when Charges.All(c => c.Status == "paid") => "paid",
        _ when Charges.All(c => c.Status == "canceled") => "canceled",
        _ when Charges.Any(c => c.Status == "failed") => "failed",
        _ => "pending",
    };
}
