namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// What the fault injector does to one request: wait, then maybe fail with 500/503 or hold it — before the simulator
/// acts, or with <see cref="AfterEffect"/> after it, so the effect happened and only its answer is lost.
/// </summary>
public sealed record FaultDecision(TimeSpan Latency, FaultKind Kind, int ErrorStatus, bool AfterEffect = false)
{
    public static readonly FaultDecision None = new(TimeSpan.Zero, FaultKind.None, 0);
}
