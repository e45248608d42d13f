namespace BackOffice.PartnerSandbox.Shared;

/// <summary>The body of <c>POST /_sandbox/faults</c>; <see cref="Partner"/> is a partner name or <c>*</c>.</summary>
public sealed record FaultRule(string Partner, double ErrorRate, double TimeoutRate, int LatencyMs);
