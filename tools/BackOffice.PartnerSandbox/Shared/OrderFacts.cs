namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// The outcome map the simulators share: once an order reference is seen with an e-mail (or an amount, or a
/// payment method) in any partner call or seed, every simulator reads it from here. Outcomes are looked up when a
/// simulator acts, not when it is first called, so the order of partner calls does not matter.
/// </summary>
public sealed class OrderFacts
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OrderFact> _facts = new(StringComparer.OrdinalIgnoreCase);

    public void Learn(string? orderRef, string? email = null, long? amountCents = null, string? paymentMethod = null)
    {
        if (string.IsNullOrWhiteSpace(orderRef))
        {
            return;
        }

        lock (_gate)
        {
            var fact = _facts.GetValueOrDefault(orderRef) ?? new OrderFact(CustomerOutcome.Happy, false, null, null);
            if (!string.IsNullOrWhiteSpace(email))
            {
                fact = fact with { Outcome = EmailMarker.Parse(email), HasEmail = true };
            }

            if (amountCents is > 0)
            {
                fact = fact with { AmountCents = amountCents };
            }

            if (!string.IsNullOrWhiteSpace(paymentMethod))
            {
                fact = fact with { PaymentMethod = paymentMethod };
            }

            _facts[orderRef] = fact;
        }
    }

    public OrderFact Get(string? orderRef)
    {
        lock (_gate)
        {
            return orderRef is not null && _facts.TryGetValue(orderRef, out var fact)
                ? fact
                : new OrderFact(CustomerOutcome.Happy, false, null, null);
        }
    }

    public CustomerOutcome OutcomeOf(string? orderRef) => Get(orderRef).Outcome;

    /// <summary>
    /// The known order reference a partner's own reference belongs to: itself, or the longest known reference it
    /// starts with followed by '-' (Focus NFe refs like <c>hub-1001-2</c> for a second attempt).
    /// </summary>
    public string Resolve(string reference)
    {
        lock (_gate)
        {
            if (_facts.ContainsKey(reference))
            {
                return reference;
            }

            // A known prefix ends just before a '-' that is not the last character: try each, longest first, so the
            // cost follows the reference's length, not the number of orders seen.
            var lookup = _facts.GetAlternateLookup<ReadOnlySpan<char>>();
            var dash = reference.Length < 3 ? -1 : reference.LastIndexOf('-', reference.Length - 2);
            for (; dash > 0; dash = reference.LastIndexOf('-', dash - 1))
            {
                if (lookup.TryGetValue(reference.AsSpan(0, dash), out var known, out _))
                {
                    return known;
                }
            }

            return reference;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _facts.Clear();
        }
    }
}
