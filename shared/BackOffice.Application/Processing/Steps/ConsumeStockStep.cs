using BackOffice.Application.Messaging;
using BackOffice.Application.Stock;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// Once the parcel ships, the units the order held leave the stock ledger (on hand and reserved alike), so that the
/// ERP's next count, which no longer has them, is not taken off a second time. Consuming twice finds nothing held.
/// </summary>
public sealed class ConsumeStockStep(IStockReservations stock) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.ConsumeStock;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        await stock.ConsumeAsync(scope.Order.Id.Value, cancellationToken);
        await scope.ApplyAsync(_ => true, cancellationToken);
    }
}
