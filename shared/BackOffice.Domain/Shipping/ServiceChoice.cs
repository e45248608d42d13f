namespace BackOffice.Domain.Shipping;

/// <param name="Reason">Why this service: which rule chose it, for the timeline.</param>
/// <param name="PromiseAtRisk">No quoted service arrives by the promised date: the fastest was taken and ops are told.</param>
public sealed record ServiceChoice(ServiceQuote Service, string Reason, bool PromiseAtRisk);
