namespace BackOffice.Application.Partners.Storefronts;

/// <summary>What the storefront made of a notice. Transient failures are exceptions (the message is retried), not replies.</summary>
/// <param name="Refusal">Why the storefront will never accept this notice (an invoiced VTEX order cannot be cancelled, say); null when it took it.</param>
public sealed record StorefrontReply(string? Refusal)
{
    public static readonly StorefrontReply Accepted = new((string?)null);

    public bool IsRefused => Refusal is not null;

    public static StorefrontReply Refused(string reason) => new(reason);
}
