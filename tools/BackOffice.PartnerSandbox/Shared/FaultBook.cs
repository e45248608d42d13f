namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// The faults in force, per partner, with <c>*</c> as the fallback for partners without their own rule. Draws
/// come from one seeded generator so a run with <c>Sandbox__FaultSeed</c> is repeatable; rates 0 and 1 are exact.
/// </summary>
public sealed class FaultBook(int? seed)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FaultRule> _rules = new(StringComparer.OrdinalIgnoreCase);
    private readonly Random _random = seed is { } s ? new Random(s) : new Random();

    public void Set(FaultRule rule)
    {
        lock (_gate)
        {
            _rules[rule.Partner] = rule;
        }
    }

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.Values.ToList();
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    public FaultDecision Decide(string partner)
    {
        lock (_gate)
        {
            if (!_rules.TryGetValue(partner, out var rule) && !_rules.TryGetValue("*", out rule))
            {
                return FaultDecision.None;
            }

            var latency = TimeSpan.FromMilliseconds(rule.LatencyMs);
            var draw = _random.NextDouble();
            if (draw < rule.ErrorRate)
            {
                // Both server errors a client must treat as transient.
                return new FaultDecision(latency, FaultKind.Error, _random.Next(2) == 0 ? 500 : 503, AfterEffect(rule));
            }

            if (draw < rule.ErrorRate + rule.TimeoutRate)
            {
                return new FaultDecision(latency, FaultKind.Timeout, 504, AfterEffect(rule));
            }

            return new FaultDecision(latency, FaultKind.None, 0);
        }
    }

    // Called under the lock: the generator is not thread-safe. Rates 0 and 1 are exact and draw nothing, so the
    // sequence of a seeded run without after-effect faults stays what it was.
    private bool AfterEffect(FaultRule rule) => rule.AfterEffectRate switch
    {
        <= 0 => false,
        >= 1 => true,
        var rate => _random.NextDouble() < rate,
    };
}
