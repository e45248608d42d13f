using BackOffice.Application.Messaging;
using BackOffice.Application.Stock;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Steps;

public sealed class ReserveStockStep(IStockReservations stock) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.ReserveStock;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        if (scope.Order.Status != OrderStatus.PaymentApproved || scope.Order.StockReserved)
        {
            return;
        }

        var result = await stock.ReserveAsync(scope.Order.Id.Value, scope.Order.Lines, cancellationToken);
        await scope.ApplyAsync(order =>
        {
            if (order.Status != OrderStatus.PaymentApproved || order.StockReserved)
            {
                return false;
            }

            if (result.Reserved)
            {
                order.ReserveStock(scope.Cause, scope.Now);
            }
            else
            {
                order.RequireAttention($"Not enough stock of {string.Join(", ", result.ShortSkus)}.", scope.Cause, scope.Now);
            }

            return true;
        }, cancellationToken);
    }
}
