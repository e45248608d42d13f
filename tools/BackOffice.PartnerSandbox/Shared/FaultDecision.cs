namespace BackOffice.PartnerSandbox.Shared;

/// <summary>What the fault injector does to one request: wait, then maybe fail with 500/503 or hold it.</summary>
public sealed record FaultDecision(TimeSpan Latency, FaultKind Kind, int ErrorStatus)
{
    public static readonly FaultDecision None = new(TimeSpan.Zero, FaultKind.None, 0);
}
