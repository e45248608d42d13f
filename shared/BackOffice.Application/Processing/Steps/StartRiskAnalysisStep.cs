using BackOffice.Application.Messaging;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// Starts the lifecycle of a stored order. An order that moved on before its first message arrived (a storefront
/// cancelled it at once) has nothing to start.
/// </summary>
public sealed class StartRiskAnalysisStep : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.OrderReceived;

    public Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken) =>
        scope.ApplyAsync(order =>
        {
            if (!order.AwaitsRiskAnalysisStart)
            {
                return false;
            }

            order.StartRiskAnalysis(scope.Cause, scope.Now);
            return true;
        }, cancellationToken);
}
