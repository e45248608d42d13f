namespace BackOffice.Application.Partners.Risk;

/// <summary>The anti-fraud service: submit once, then learn the decision by callback and by polling.</summary>
public interface IRiskAnalyzer
{
    /// <summary>Submits the order for analysis; submitting the same order reference again does not create a second analysis.</summary>
    Task SubmitAsync(RiskAnalysisRequest request, CancellationToken cancellationToken);

    Task<RiskAssessment> GetAssessmentAsync(string orderRef, CancellationToken cancellationToken);
}
