using System.Net;
using System.Text.Json;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;
using Microsoft.Azure.Cosmos;

namespace BackOffice.Infrastructure.Cosmos;

/// <summary>Orders in Cosmos DB: point reads and writes by id, optimistic concurrency on the ETag; paged queries for sweeps and ops.</summary>
internal sealed class CosmosOrderRepository(Container container, StorageOperationCounter counter, DueWork dueWork) : IOrderRepository
{
    public async Task<TrackedOrder?> FindAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        using var response = await container.ReadItemStreamAsync(orderId.Value, new PartitionKey(orderId.Value), cancellationToken: cancellationToken);
        counter.Count("cosmos.read");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        EnsureSuccess(response, "read", orderId);
        var document = await JsonSerializer.DeserializeAsync<OrderDocument>(response.Content, CosmosJson.Options, cancellationToken)
            ?? throw new InvalidDataException($"Order {orderId} is stored as JSON null.");
        return document.ToTrackedOrder(response.Headers.ETag);
    }

    public async Task<bool> TryCreateAsync(TrackedOrder order, CancellationToken cancellationToken)
    {
        using var body = Serialize(order);
        using var response = await container.CreateItemStreamAsync(body, PartitionKeyOf(order), cancellationToken: cancellationToken);
        counter.Count("cosmos.create");
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }

        EnsureSuccess(response, "create", order.Order.Id);
        order.ETag = response.Headers.ETag;
        return true;
    }

    public async Task SaveAsync(TrackedOrder order, CancellationToken cancellationToken)
    {
        using var body = Serialize(order);
        var options = new ItemRequestOptions { IfMatchEtag = order.ETag ?? throw new InvalidOperationException("Only a stored order can be saved.") };
        using var response = await container.ReplaceItemStreamAsync(body, order.Order.Id.Value, PartitionKeyOf(order), options, cancellationToken);
        counter.Count("cosmos.replace");
        if (response.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            throw new OrderConcurrencyException(order.Order.Id);
        }

        EnsureSuccess(response, "replace", order.Order.Id);
        order.ETag = response.Headers.ETag;
    }

    public async Task<OrderPage<OrderSummary>> ListByStatusAsync(OrderStatus status, int limit, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT c.id, c.channel, c.externalId, c.status, c.amounts, c.receivedAt, c.updatedAt FROM c WHERE c.status = @status ORDER BY c.receivedAt DESC")
            .WithParameter("@status", status.ToString());
        var page = await QueryPageAsync<OrderSummaryDocument>(query, limit, continuationToken, cancellationToken);
        return new OrderPage<OrderSummary>(
            [.. page.Items.Select(document => new OrderSummary(
                document.Id, document.Channel, document.ExternalId, document.Status, document.Amounts.TotalCents,
                document.Amounts.Currency.Code, document.ReceivedAt, document.UpdatedAt))],
            page.ContinuationToken);
    }

    public async Task<OrderPage<OrderId>> ListDueAsync(DateTimeOffset now, int limit, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT c.id, c.dueAtUnixMs FROM c WHERE c.dueAtUnixMs <= @now ORDER BY c.dueAtUnixMs")
            .WithParameter("@now", now.ToUnixTimeMilliseconds());
        return IdsOf(await QueryPageAsync<IdOnly>(query, limit, continuationToken, cancellationToken));
    }

    public async Task<OrderPage<OrderId>> ListWithPendingCompensationsAsync(int limit, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT c.id, c.updatedAtUnixMs FROM c WHERE c.compensationsPending = true ORDER BY c.updatedAtUnixMs");
        return IdsOf(await QueryPageAsync<IdOnly>(query, limit, continuationToken, cancellationToken));
    }

    public async Task<IReadOnlyList<OrderId>> ListWithPendingOutboxAsync(DateTimeOffset unchangedSince, int limit, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT c.id FROM c WHERE c.outboxPending = true AND c.updatedAtUnixMs < @since")
            .WithParameter("@since", unchangedSince.ToUnixTimeMilliseconds());
        return IdsOf(await QueryPageAsync<IdOnly>(query, limit, null, cancellationToken)).Items;
    }

    private static OrderPage<OrderId> IdsOf(OrderPage<IdOnly> page) =>
        new([.. page.Items.Select(document => OrderId.TryParse(document.Id, out var orderId) ? orderId! : null).OfType<OrderId>()], page.ContinuationToken);

    /// <summary>
    /// One page of a cross-partition query (ops screens and sweeps, never the per-order hot path). A page is returned
    /// whole, never cut, so that its continuation token starts exactly after it; empty pages (a partition with nothing
    /// to say) are read past.
    /// </summary>
    private async Task<OrderPage<T>> QueryPageAsync<T>(QueryDefinition query, int limit, string? continuationToken, CancellationToken cancellationToken)
    {
        var options = new QueryRequestOptions { MaxItemCount = Math.Max(1, limit), EnableOptimisticDirectExecution = true };
        using var iterator = container.GetItemQueryStreamIterator(query, continuationToken, options);
        var token = continuationToken;
        while (iterator.HasMoreResults)
        {
            using var response = await iterator.ReadNextAsync(cancellationToken);
            counter.Count("cosmos.query");
            EnsureSuccess(response, "query", null);
            token = response.ContinuationToken;
            var page = await JsonSerializer.DeserializeAsync<QueryPage<T>>(response.Content, CosmosJson.Options, cancellationToken);
            if (page?.Documents is { Count: > 0 } documents)
            {
                return new OrderPage<T>(documents, token);
            }

            if (token is null)
            {
                break;
            }
        }

        return new OrderPage<T>([], null);
    }

    private MemoryStream Serialize(TrackedOrder order) =>
        new(JsonSerializer.SerializeToUtf8Bytes(OrderDocument.From(order, dueWork), CosmosJson.Options));

    private static PartitionKey PartitionKeyOf(TrackedOrder order) => new(order.Order.Id.Value);

    private static void EnsureSuccess(ResponseMessage response, string operation, OrderId? orderId)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new CosmosOperationException(
                $"Cosmos {operation}{(orderId is null ? "" : $" of order {orderId}")} failed with {(int)response.StatusCode}: {response.ErrorMessage}");
        }
    }

    private sealed record IdOnly(string Id);

    private sealed record QueryPage<T>(IReadOnlyList<T>? Documents);
}
