using System.Security.Cryptography;
using System.Text;
using BackOffice.Application.Documents;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Application.Expedition;

/// <summary>
/// The warehouse's batches: the orders to pack and post, printed as one PDF with each order's DANFE and label, a pick
/// list and a manifest per carrier. A batch's id is a hash of its order ids, so asking again for the same orders finds
/// the batch already made instead of making another.
/// </summary>
public sealed class ExpeditionBatches(
    IOrderRepository orders, IDocumentStore documents, IExpeditionBatchStore store, IBatchPdfComposer composer, OrderUpdater updater, TimeProvider clock)
{
    /// <summary>The most orders one batch holds: a printout a person can handle, and a request that ends in seconds.</summary>
    public const int MaxOrders = 200;

    /// <summary>The carrier platform every label is bought through; the carrier itself is named by the service.</summary>
    public const string DefaultCarrier = "Melhor Envio";

    private const int Parallelism = 8;

    private static readonly OrderStatus[] PrintableStatuses = [OrderStatus.ReadyToShip, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.DeliveryFailed];

    /// <param name="orderIds">The orders to put in the batch; null for every ReadyToShip order not yet in a batch.</param>
    public async Task<BatchRequestOutcome> CreateAsync(IReadOnlyList<string?>? orderIds, CancellationToken cancellationToken)
    {
        if (orderIds is null)
        {
            return await CreateFromWaitingAsync(cancellationToken);
        }

        var (named, errors) = await LoadNamedAsync(orderIds, cancellationToken);
        if (errors.Count > 0)
        {
            return BatchRequestOutcome.Refused("Some orders cannot be put in a batch; nothing was made.", errors);
        }

        return BatchRequestOutcome.Made(await MakeAsync(named!, ExpeditionBatch.NamedSelection, cancellationToken));
    }

    public Task<ExpeditionBatch?> FindAsync(string batchId, CancellationToken cancellationToken) =>
        IsBatchId(batchId) ? store.FindAsync(batchId, cancellationToken) : Task.FromResult<ExpeditionBatch?>(null);

    public async Task<byte[]?> ReadPdfAsync(string batchId, CancellationToken cancellationToken) =>
        await FindAsync(batchId, cancellationToken) is { } batch ? await store.ReadPdfAsync(batch, cancellationToken) : null;

    /// <summary>Batches made since the start of today (UTC), newest first.</summary>
    public Task<IReadOnlyList<ExpeditionBatchSummary>> TodayAsync(CancellationToken cancellationToken) =>
        store.ListSinceAsync(new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero), cancellationToken);

    /// <summary>ReadyToShip orders not yet in a batch, oldest first (up to <see cref="MaxOrders"/>).</summary>
    public async Task<IReadOnlyList<OrderSummary>> WaitingAsync(CancellationToken cancellationToken)
    {
        var ready = await ReadyToShipAsync(cancellationToken);
        var assigned = await store.FindAssignedAsync(ready.Select(order => order.OrderId), cancellationToken);
        return [.. ready.Where(order => !assigned.Contains(order.OrderId)).OrderBy(order => order.ReceivedAt).Take(MaxOrders)];
    }

    /// <summary>
    /// Records on each order's timeline that its parcel went to the carrier. Repeating it records nothing new; an order
    /// whose rules refuse (cancelled since) is reported and left as it is.
    /// </summary>
    /// <returns>Null when there is no such batch.</returns>
    public async Task<HandoverOutcome?> HandOverAsync(string batchId, string person, CancellationToken cancellationToken)
    {
        if (await FindAsync(batchId, cancellationToken) is not { } batch)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var recorded = new List<string>();
        var already = new List<string>();
        var refused = new Dictionary<string, string>();
        foreach (var orderId in batch.Orders.Select(order => order.OrderId))
        {
            await updater.UpdateAsync(OrderId.TryParse(orderId, out var id) ? id! : throw new InvalidOperationException($"Batch {batchId} holds an invalid order id."), tracked =>
            {
                if (tracked.Order.WasHandedOverIn(batchId))
                {
                    already.Add(orderId);
                    return false;
                }

                try
                {
                    tracked.Order.HandOverToCarrier(batchId, Cause.Person(person), now);
                    recorded.Add(orderId);
                    return true;
                }
                catch (BusinessRuleValidationException exception)
                {
                    refused[orderId] = exception.Message;
                    return false;
                }
            }, cancellationToken);
        }

        var marked = await store.MarkHandedOverAsync(batch, now, person, cancellationToken);
        return new HandoverOutcome(marked, recorded.Distinct().ToList(), already.Distinct().Except(recorded).ToList(), refused);
    }

    /// <summary>The batch id for a set of orders: the same set, in any order, always gives the same id.</summary>
    public static string BatchIdFor(IEnumerable<string> orderIds)
    {
        var canonical = string.Join('\n', orderIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return "batch-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..20];
    }

    public static bool IsBatchId(string? batchId) =>
        batchId is { Length: 26 } && batchId.StartsWith("batch-", StringComparison.Ordinal) && batchId[6..].All(char.IsAsciiHexDigitLower);

    private async Task<BatchRequestOutcome> CreateFromWaitingAsync(CancellationToken cancellationToken)
    {
        var waiting = await WaitingAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            // The same request again: the waiting orders were all batched by it, so it answers the batch it made.
            return await store.LatestWaitingBatchAsync(cancellationToken) is { } latest && await store.FindAsync(latest, cancellationToken) is { } batch
                ? BatchRequestOutcome.Made(batch)
                : BatchRequestOutcome.Refused("No order is ReadyToShip outside a batch: there is nothing to put in one.");
        }

        var loaded = await LoadAsync(waiting.Select(order => order.OrderId), cancellationToken);
        // An order that moved on between the listing and the read is left for a later batch.
        var ready = loaded.Where(order => order?.Status == OrderStatus.ReadyToShip).Select(order => order!).ToList();
        return ready.Count == 0
            ? BatchRequestOutcome.Refused("No order is ReadyToShip outside a batch: there is nothing to put in one.")
            : BatchRequestOutcome.Made(await MakeAsync(ready, ExpeditionBatch.WaitingSelection, cancellationToken));
    }

    private async Task<(List<Order>? Orders, Dictionary<string, string[]> Errors)> LoadNamedAsync(IReadOnlyList<string?> orderIds, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (orderIds.Count == 0)
        {
            errors["orderIds"] = ["Name at least one order, or leave orderIds out to batch every ReadyToShip order not yet in a batch."];
            return (null, errors);
        }

        var distinct = orderIds.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > MaxOrders)
        {
            errors["orderIds"] = [$"A batch holds at most {MaxOrders} orders; {distinct.Count} were named."];
            return (null, errors);
        }

        var invalid = distinct.Where(id => !OrderId.TryParse(id, out _)).ToList();
        if (invalid.Count > 0)
        {
            errors["orderIds"] = [.. invalid.Select(id => $"'{id}' is not an order id ('<channel>-<external id>', lower case).")];
            return (null, errors);
        }

        var loaded = await LoadAsync(distinct!, cancellationToken);
        for (var i = 0; i < distinct.Count; i++)
        {
            var problem = loaded[i] switch
            {
                null => "No such order.",
                { Status: var status } when !PrintableStatuses.Contains(status) =>
                    $"The order is {status}; a batch takes orders ReadyToShip, or past it for a reprint ({string.Join(", ", PrintableStatuses)}).",
                { Shipment.LabelLocation: null } or { Invoice.DanfeLocation: null } => "The order has no stored label or DANFE to print.",
                _ => null,
            };
            if (problem is not null)
            {
                errors[distinct[i]!] = [problem];
            }
        }

        return (errors.Count == 0 ? [.. loaded.Select(order => order!)] : null, errors);
    }

    private async Task<ExpeditionBatch> MakeAsync(IReadOnlyList<Order> batchOrders, string selection, CancellationToken cancellationToken)
    {
        var batchId = BatchIdFor(batchOrders.Select(order => order.Id.Value));
        if (await store.FindAsync(batchId, cancellationToken) is not { } batch)
        {
            var sorted = batchOrders.OrderBy(order => order.Id.Value, StringComparer.Ordinal).ToList();
            var printed = await PrintAsync(sorted, cancellationToken);
            var lines = printed.Select(entry => entry.Order).ToList();
            var made = new ExpeditionBatch(batchId, clock.GetUtcNow(), selection, lines, PickListLine.For(lines), CarrierManifest.For(lines), "");
            batch = await store.CreateAsync(made, composer.Compose(new BatchPrintout(made, printed)), cancellationToken);
        }

        // Also after finding it: a request that stopped between the batch and its assignment completes here.
        await store.AssignAsync(batch.BatchId, batch.Orders.Select(order => order.OrderId), cancellationToken);
        return batch;
    }

    private async Task<IReadOnlyList<PrintedOrder>> PrintAsync(IReadOnlyList<Order> batchOrders, CancellationToken cancellationToken)
    {
        var printed = new PrintedOrder[batchOrders.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, batchOrders.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var order = batchOrders[i];
            printed[i] = new PrintedOrder(
                LineOf(order),
                await ReadAsync("DANFE", order.Invoice?.DanfeLocation, token),
                await ReadAsync("Label", order.Shipment?.LabelLocation, token));
        });
        return printed;
    }

    private async Task<PrintedDocument> ReadAsync(string kind, string? location, CancellationToken cancellationToken) =>
        new(kind, location, location is null ? null : await documents.ReadAsync(location, cancellationToken));

    private static BatchOrder LineOf(Order order) => new(
        order.Id.Value,
        order.Status.ToString(),
        order.Invoice?.Number,
        order.Invoice?.AccessKey,
        order.Shipment?.TrackingCode,
        CarrierOf(order.Shipment?.Service),
        order.Shipment?.Service,
        order.Shipment?.WeightGrams,
        [.. order.Lines.Select(line => new BatchItem(line.Sku, line.Title, line.Quantity))],
        order.Status != OrderStatus.ReadyToShip);

    /// <summary>Melhor Envio names services "&lt;company&gt; &lt;service&gt;" (Correios SEDEX, Jadlog .Package): the company collects.</summary>
    private static string CarrierOf(string? service) =>
        service?.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var company, _] ? company : DefaultCarrier;

    private async Task<IReadOnlyList<OrderSummary>> ReadyToShipAsync(CancellationToken cancellationToken)
    {
        var all = new List<OrderSummary>();
        string? continuation = null;
        do
        {
            var page = await orders.ListByStatusAsync(OrderStatus.ReadyToShip, 100, continuation, cancellationToken);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        return all;
    }

    private async Task<Order?[]> LoadAsync(IEnumerable<string> orderIds, CancellationToken cancellationToken)
    {
        var ids = orderIds.ToList();
        var loaded = new Order?[ids.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, token) =>
        {
            loaded[i] = OrderId.TryParse(ids[i], out var id) && await orders.FindAsync(id!, token) is { } tracked ? tracked.Order : null;
        });
        return loaded;
    }
}
