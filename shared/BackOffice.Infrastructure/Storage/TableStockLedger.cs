using Azure;
using Azure.Data.Tables;
using BackOffice.Application.Stock;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Infrastructure.Storage;

/// <summary>
/// Stock in a table: one row per SKU (OnHand from the ERP, Reserved by us, ETag-guarded) and one row per order and SKU
/// recording what that order holds, which makes every call repeatable. A SKU the ERP never reported is not limited.
/// </summary>
internal sealed class TableStockLedger(TableClient table, StorageOperationCounter counter, ILogger<TableStockLedger> logger)
    : IStockReservations, IStockLedger
{
    private const string SkuPartition = "sku";
    private const string Held = "held";
    private const int MaxAttempts = 10;

    public async Task<StockReservationResult> ReserveAsync(string orderId, IReadOnlyList<OrderLine> lines, CancellationToken cancellationToken)
    {
        var shortSkus = new List<string>();
        foreach (var line in lines.GroupBy(line => line.Sku).Select(group => (Sku: group.Key, Quantity: group.Sum(line => line.Quantity))))
        {
            // Held already: a repeated call. A released row (an earlier attempt that fell short) is reserved anew.
            if (await FindAsync(ReservationPartition(orderId), line.Sku, cancellationToken) is { } existing && existing.GetString("State") == Held)
            {
                continue;
            }

            var reserved = await ChangeSkuAsync(line.Sku, (onHand, held) => onHand - held >= line.Quantity ? (onHand, held + line.Quantity) : null, cancellationToken);
            if (reserved)
            {
                await UpsertAsync(new TableEntity(ReservationPartition(orderId), line.Sku) { ["Quantity"] = line.Quantity, ["State"] = Held }, cancellationToken);
            }
            else
            {
                shortSkus.Add(line.Sku);
            }
        }

        if (shortSkus.Count > 0)
        {
            // An order that cannot have everything holds nothing, so it blocks no other order while a person decides.
            await ReleaseAsync(orderId, cancellationToken);
        }

        return new StockReservationResult(shortSkus);
    }

    public Task ReleaseAsync(string orderId, CancellationToken cancellationToken) =>
        SettleAsync(orderId, "released", (onHand, held, quantity) => (onHand, held - quantity), cancellationToken);

    public Task ConsumeAsync(string orderId, CancellationToken cancellationToken) =>
        SettleAsync(orderId, "consumed", (onHand, held, quantity) => (onHand - quantity, held - quantity), cancellationToken);

    public async Task SetOnHandAsync(IReadOnlyList<StockLevel> levels, CancellationToken cancellationToken)
    {
        foreach (var level in levels)
        {
            await ChangeSkuAsync(level.Sku, (_, held) => (level.Quantity, held), cancellationToken, createIfMissing: true);
        }
    }

    private async Task SettleAsync(string orderId, string state, Func<int, int, int, (int OnHand, int Held)> settle, CancellationToken cancellationToken)
    {
        await foreach (var reservation in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == ReservationPartition(orderId), cancellationToken: cancellationToken))
        {
            counter.Count("table.query");
            if (reservation.GetString("State") != Held)
            {
                continue;
            }

            var quantity = reservation.GetInt32("Quantity") ?? 0;
            await ChangeSkuAsync(reservation.RowKey, (onHand, held) => settle(onHand, held, quantity), cancellationToken);
            reservation["State"] = state;
            await UpsertAsync(reservation, cancellationToken);
        }
    }

    /// <returns>False when the change refused (not enough stock); an untracked SKU accepts every change but a reset.</returns>
    private async Task<bool> ChangeSkuAsync(string sku, Func<int, int, (int OnHand, int Held)?> change, CancellationToken cancellationToken, bool createIfMissing = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            var row = await FindAsync(SkuPartition, sku, cancellationToken);
            if (row is null && !createIfMissing)
            {
                logger.LogInformation("SKU {Sku} is not tracked by the stock source; not limited", sku);
                return true;
            }

            var next = change(row?.GetInt32("OnHand") ?? 0, row?.GetInt32("Reserved") ?? 0);
            if (next is not { } values)
            {
                return false;
            }

            var entity = new TableEntity(SkuPartition, sku) { ["OnHand"] = values.OnHand, ["Reserved"] = Math.Max(0, values.Held) };
            try
            {
                if (row is null)
                {
                    await table.AddEntityAsync(entity, cancellationToken);
                }
                else
                {
                    await table.UpdateEntityAsync(entity, row.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                counter.Count("table.write");
                return true;
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another order changed this SKU in between: read it again and re-decide.
            }
        }
    }

    private async Task<TableEntity?> FindAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        counter.Count("table.read");
        return response.HasValue ? response.Value : null;
    }

    private async Task UpsertAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        counter.Count("table.write");
    }

    private static string ReservationPartition(string orderId) => $"reservation-{orderId}";
}
