using Azure;
using Azure.Data.Tables;
using BackOffice.Application.Stock;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Infrastructure.Storage;

/// <summary>
/// Stock in a table, exact under crashes and duplicates. Each SKU is one partition holding its level row (OnHand from
/// the ERP, Reserved by us) and one hold row per order; a reservation, release or consumption of one SKU for one order
/// changes both rows in one table transaction, guarded by their ETags, so it happens whole or not at all, and a repeat
/// (or the same message handled twice at once) finds the hold already in its state and changes nothing. An index
/// partition per order names its SKUs, so a release finds every hold; it is written before the holds, so no hold can
/// exist that the index does not name. A SKU the ERP never reported is not limited: its hold is kept uncounted.
/// </summary>
internal sealed class TableStockLedger(TableClient table, StorageOperationCounter counter, TimeProvider clock, ILogger<TableStockLedger> logger)
    : IStockReservations, IStockLedger
{
    private const string LevelRow = "level";
    private const string Held = "held";
    private const string Consumed = "consumed";
    private const int MaxAttempts = 20;

    public async Task<StockReservationResult> ReserveAsync(string orderId, IReadOnlyList<OrderLine> lines, CancellationToken cancellationToken)
    {
        var wanted = lines.GroupBy(line => line.Sku).Select(group => (Sku: group.Key, Quantity: group.Sum(line => line.Quantity))).ToList();
        foreach (var (sku, quantity) in wanted)
        {
            await UpsertAsync(new TableEntity(OrderPartition(orderId), Key(sku)) { ["Sku"] = sku, ["Quantity"] = quantity }, cancellationToken);
        }

        var shortSkus = new List<string>();
        foreach (var (sku, quantity) in wanted)
        {
            if (!await ReserveSkuAsync(orderId, sku, quantity, cancellationToken))
            {
                shortSkus.Add(sku);
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
        SettleAsync(orderId, "released", (onHand, reserved, quantity) => (onHand, reserved - quantity), cancellationToken);

    public Task ConsumeAsync(string orderId, CancellationToken cancellationToken) =>
        SettleAsync(orderId, Consumed, (onHand, reserved, quantity) => (onHand - quantity, reserved - quantity), cancellationToken);

    /// <summary>Each SKU is a partition of its own, so several are written at once.</summary>
    public async Task SetOnHandAsync(IReadOnlyList<StockLevel> levels, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(levels, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (level, _) =>
        {
            await RetryOnConflictAsync(async () =>
            {
                var row = await FindAsync(SkuPartition(level.Sku), LevelRow, cancellationToken);
                var entity = new TableEntity(SkuPartition(level.Sku), LevelRow) { ["Sku"] = level.Sku, ["OnHand"] = level.Quantity, ["Reserved"] = row?.GetInt32("Reserved") ?? 0 };
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
            });
        });
    }

    /// <summary>One scan of the level rows; a level written before rows named their SKU is left out until the source reports it again.</summary>
    public async Task<IReadOnlyDictionary<string, SkuStock>> CountsAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, SkuStock>(StringComparer.Ordinal);
        await foreach (var page in table.QueryAsync<TableEntity>(entity => entity.RowKey == LevelRow, select: ["Sku", "OnHand", "Reserved"], cancellationToken: cancellationToken).AsPages())
        {
            counter.Count("table.query");
            foreach (var row in page.Values)
            {
                if (row.GetString("Sku") is { } sku)
                {
                    var (onHand, reserved) = Counts(row);
                    counts[sku] = new SkuStock(sku, onHand, reserved);
                }
            }
        }

        return counts;
    }

    /// <summary>Holds still held or shipped (not released) reserved since then; holds written before ReservedAt existed count from their last change.</summary>
    public async Task<int> UnitsSoldSinceAsync(string sku, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var partition = SkuPartition(sku);
        var units = 0;
        await foreach (var hold in table.QueryAsync<TableEntity>(
                           entity => entity.PartitionKey == partition && entity.RowKey.CompareTo("hold-") >= 0 && entity.RowKey.CompareTo("hold.") < 0,
                           cancellationToken: cancellationToken))
        {
            if (hold.GetString("State") is Held or Consumed && (hold.GetDateTimeOffset("ReservedAt") ?? hold.Timestamp) >= since)
            {
                units += hold.GetInt32("Quantity") ?? 0;
            }
        }

        counter.Count("table.query");
        return units;
    }

    /// <returns>False when the SKU does not have the quantity free.</returns>
    private Task<bool> ReserveSkuAsync(string orderId, string sku, int quantity, CancellationToken cancellationToken) =>
        RetryOnConflictAsync(async () =>
        {
            var partition = SkuPartition(sku);
            var hold = await FindAsync(partition, HoldRow(orderId), cancellationToken);
            if (hold?.GetString("State") is Held or Consumed)
            {
                // Held already (a repeat), or the goods left with the parcel: a late copy of the message takes nothing.
                return true;
            }

            var level = await FindAsync(partition, LevelRow, cancellationToken);
            var next = new TableEntity(partition, HoldRow(orderId)) { ["Quantity"] = quantity, ["State"] = Held, ["Counted"] = level is not null, ["ReservedAt"] = clock.GetUtcNow() };
            if (level is null)
            {
                logger.LogInformation("SKU {Sku} is not tracked by the stock source; not limited", sku);
                await SubmitAsync([HoldAction(next, hold)], cancellationToken);
                return true;
            }

            var (onHand, reserved) = Counts(level);
            if (onHand - reserved < quantity)
            {
                return false;
            }

            await SubmitAsync([LevelAction(partition, sku, onHand, reserved + quantity, level.ETag), HoldAction(next, hold)], cancellationToken);
            return true;
        });

    private async Task SettleAsync(string orderId, string state, Func<int, int, int, (int OnHand, int Reserved)> settle, CancellationToken cancellationToken)
    {
        await foreach (var entry in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == OrderPartition(orderId), cancellationToken: cancellationToken))
        {
            counter.Count("table.query");
            await RetryOnConflictAsync(async () =>
            {
                var sku = entry.GetString("Sku");
                var partition = SkuPartition(sku);
                var hold = await FindAsync(partition, HoldRow(orderId), cancellationToken);
                if (hold is null || hold.GetString("State") != Held)
                {
                    return true;
                }

                var quantity = hold.GetInt32("Quantity") ?? 0;
                var next = new TableEntity(partition, hold.RowKey) { ["Quantity"] = quantity, ["State"] = state, ["Counted"] = false, ["ReservedAt"] = hold.GetDateTimeOffset("ReservedAt") ?? hold.Timestamp };
                var level = hold.GetBoolean("Counted") == true ? await FindAsync(partition, LevelRow, cancellationToken) : null;
                if (level is null)
                {
                    await SubmitAsync([HoldAction(next, hold)], cancellationToken);
                    return true;
                }

                var (onHand, reserved) = Counts(level);
                var (newOnHand, newReserved) = settle(onHand, reserved, quantity);
                if (newReserved < 0)
                {
                    // Cannot happen while every change goes through here; written as it is so the error shows, not hidden.
                    logger.LogError("SKU {Sku}: reserved would go below zero ({Reserved}) settling order {OrderId}", sku, newReserved, orderId);
                }

                await SubmitAsync([LevelAction(partition, sku, newOnHand, newReserved, level.ETag), HoldAction(next, hold)], cancellationToken);
                return true;
            });
        }
    }

    private static (int OnHand, int Reserved) Counts(TableEntity level) => (level.GetInt32("OnHand") ?? 0, level.GetInt32("Reserved") ?? 0);

    private static TableTransactionAction LevelAction(string partition, string sku, int onHand, int reserved, ETag etag) =>
        new(TableTransactionActionType.UpdateReplace, new TableEntity(partition, LevelRow) { ["Sku"] = sku, ["OnHand"] = onHand, ["Reserved"] = reserved }, etag);

    /// <summary>A new hold is added (a concurrent twin then fails with 409); a known one is replaced on its ETag.</summary>
    private static TableTransactionAction HoldAction(TableEntity next, TableEntity? current) => current is null
        ? new(TableTransactionActionType.Add, next)
        : new(TableTransactionActionType.UpdateReplace, next, current.ETag);

    private async Task SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        await table.SubmitTransactionAsync(actions, cancellationToken);
        counter.Count("table.transaction");
    }

    /// <summary>Runs a read-decide-write until it commits: a 409 or 412 means another change came in between.</summary>
    private static async Task<bool> RetryOnConflictAsync(Func<Task<bool>> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await change();
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Read again and re-decide.
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

    internal static string SkuPartition(string sku) => $"sku-{Key(sku)}";

    private static string HoldRow(string orderId) => $"hold-{Key(orderId)}";

    private static string OrderPartition(string orderId) => $"order-{Key(orderId)}";

    private static string Key(string text) => TableKeys.Of(text);
}
