using BackOffice.Application.Messaging;

namespace BackOffice.Application.Processing.Steps;

public sealed class StartRiskAnalysisStep : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.OrderReceived;

    public Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken) =>
        scope.ApplyAsync(order =>
        {
            order.StartRiskAnalysis(scope.Cause, scope.Now);
            return true;
        }, cancellationToken);
}
