using BackOffice.Application.Messaging;
using BackOffice.Application.Stock;

namespace BackOffice.Application.Processing.Steps;

public sealed class ReserveStockStep(IStockReservations stock) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.ReserveStock;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        if (!scope.Order.AwaitsStock)
        {
            return;
        }

        var result = await stock.ReserveAsync(scope.Order.Id.Value, scope.Order.Lines, cancellationToken);
        await scope.ApplyAsync(order =>
        {
            if (!order.AwaitsStock)
            {
                return false;
            }

            if (result.Reserved)
            {
                order.ReserveStock(scope.Cause, scope.Now);
            }
            else
            {
                order.RequireAttention($"Not enough stock of {string.Join(", ", result.ShortSkus)}.", scope.Cause, scope.Now, MessageType);
            }

            return true;
        }, cancellationToken);
    }
}
