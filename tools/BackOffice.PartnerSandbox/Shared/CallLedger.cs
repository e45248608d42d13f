namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// The effects the simulators performed, in arrival order. Reads, idempotent replays and injected faults are not
/// effects and are not recorded, so a test can count captures, labels or invoices directly.
/// </summary>
public sealed class CallLedger(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly List<CallRecord> _calls = [];

    public void Record(string partner, string operation, string? orderRef, string? idempotencyKey, int status, string? detail = null)
    {
        var record = new CallRecord(partner, operation, orderRef, idempotencyKey, clock.GetUtcNow(), status, detail);
        lock (_gate)
        {
            _calls.Add(record);
        }
    }

    public IReadOnlyList<CallRecord> Query(string? orderRef, string? partner)
    {
        lock (_gate)
        {
            return _calls
                .Where(c => string.IsNullOrEmpty(orderRef) || string.Equals(c.OrderRef, orderRef, StringComparison.OrdinalIgnoreCase))
                .Where(c => string.IsNullOrEmpty(partner) || string.Equals(c.Partner, partner, StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
        }
    }
}
