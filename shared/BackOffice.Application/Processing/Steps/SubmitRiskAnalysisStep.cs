using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Risk;

namespace BackOffice.Application.Processing.Steps;

/// <summary>Sends the order to the anti-fraud service; a decision that is already there is applied at once.</summary>
public sealed class SubmitRiskAnalysisStep(IRiskAnalyzer risk, PartnerFollowUps followUps) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.SubmitRiskAnalysis;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        var order = scope.Order;
        if (!order.AwaitsRiskDecision)
        {
            return;
        }

        await risk.SubmitAsync(
            new RiskAnalysisRequest(order.Id.Value, order.PlacedAt, order.Amounts.TotalCents, order.Lines, order.Customer, order.ShippingAddress, order.Payment.Method, null),
            cancellationToken);
        await scope.ApplyAsync(await followUps.RiskAsync(order, scope.Cause, scope.Now, cancellationToken), cancellationToken);
    }
}
