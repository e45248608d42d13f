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

            return _facts.Keys
                .Where(known => reference.Length > known.Length + 1
                    && reference.StartsWith(known, StringComparison.OrdinalIgnoreCase)
                    && reference[known.Length] == '-')
                .OrderByDescending(known => known.Length)
                .FirstOrDefault() ?? reference;
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
