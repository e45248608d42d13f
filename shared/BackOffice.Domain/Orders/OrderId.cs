using System.Text.RegularExpressions;

namespace BackOffice.Domain.Orders;

/// <summary>Identity of an order across the hub: <c>&lt;channel&gt;-&lt;external id&gt;</c>, lower case.</summary>
public sealed partial record OrderId
{
    private OrderId(string value) => Value = value;

    public string Value { get; }

    public static OrderId For(SalesChannel channel, string externalId)
    {
        if (!IsValidExternalId(externalId))
        {
            throw new ArgumentException($"'{externalId}' is not a valid external order id.", nameof(externalId));
        }

        return new OrderId($"{channel.ToString().ToLowerInvariant()}-{externalId.ToLowerInvariant()}");
    }

    public static bool TryParse(string? value, out OrderId? orderId)
    {
        orderId = value is not null && OrderIdPattern().IsMatch(value) ? new OrderId(value) : null;
        return orderId is not null;
    }

    // Ids end up as Cosmos ids, blob names and table keys: keep them to characters all three accept.
    public static bool IsValidExternalId(string? externalId) =>
        externalId is not null && ExternalIdPattern().IsMatch(externalId);

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ExternalIdPattern();

    [GeneratedRegex("^[a-z]+-[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex OrderIdPattern();
}
