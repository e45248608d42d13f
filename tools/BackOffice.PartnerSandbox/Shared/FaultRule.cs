namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// The body of <c>POST /_sandbox/faults</c>; <see cref="Partner"/> is a partner name or <c>*</c>. With
/// <see cref="AfterEffect"/> the simulator acts first and the answer is lost (the error or the hold comes after the
/// effect); <see cref="AfterEffectShare"/> (a sandbox extension) makes only that share of the faults come after it.
/// </summary>
public sealed record FaultRule(string Partner, double ErrorRate, double TimeoutRate, int LatencyMs, bool AfterEffect = false, double? AfterEffectShare = null)
{
    /// <summary>The share of injected faults that come after the effect.</summary>
    public double AfterEffectRate => AfterEffectShare ?? (AfterEffect ? 1.0 : 0.0);
}
