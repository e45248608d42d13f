namespace BackOffice.Application.Partners.Risk;

/// <param name="ProviderCode">The provider's own status code (ClearSale APA, RPM, NVO...), kept for ops.</param>
public sealed record RiskAssessment(string OrderRef, RiskDecision Decision, string ProviderCode);
