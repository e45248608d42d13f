using BackOffice.Application.Partners.Risk;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Outcomes;

/// <summary>What the anti-fraud answer means for the order, whichever way it arrived (step, callback, poll).</summary>
public static class RiskOutcome
{
    public static OrderChange Of(RiskAssessment assessment, Cause cause, DateTimeOffset now) => order =>
    {
        if (!order.AwaitsRiskDecision)
        {
            return false;
        }

        switch (assessment.Decision)
        {
            case RiskDecision.Approve:
                order.ApproveRisk(assessment.ProviderCode, cause, now);
                return true;
            case RiskDecision.Deny:
                order.DenyRisk(assessment.ProviderCode, cause, now);
                return true;
            case RiskDecision.Review when order.NextWork == OrderWork.RiskDecision:
                order.RequestRiskReview(assessment.ProviderCode, cause, now);
                return true;
            case RiskDecision.NotSubmitted when order.NextWork == OrderWork.ManualRiskReview:
                order.RequireAttention("The anti-fraud service has no analysis of an order it had sent to manual review; a person decides.", cause, now);
                return true;
            case RiskDecision.Unrecognized:
                order.RequireAttention($"The anti-fraud service answered '{assessment.ProviderCode}', a status the hub does not know; a person decides.", cause, now);
                return true;
            default:
                return false;
        }
    };
}
