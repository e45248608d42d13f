namespace BackOffice.Functions.Features.Ops;

public sealed record RiskDecisionRequest(string? Decision);
