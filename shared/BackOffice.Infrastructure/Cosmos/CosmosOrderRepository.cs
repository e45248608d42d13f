using System.Net;
using System.Text.Json;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;
using Microsoft.Azure.Cosmos;

namespace BackOffice.Infrastructure.Cosmos;

/// <summary>Orders in Cosmos DB: point reads and writes by id, optimistic concurrency on the ETag.</summary>
internal sealed class CosmosOrderRepository(Container container, StorageOperationCounter counter) : IOrderRepository
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

    public async Task<IReadOnlyList<OrderSummary>> ListByStatusAsync(OrderStatus status, int limit, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT c.id, c.channel, c.externalId, c.status, c.amounts, c.receivedAt, c.updatedAt FROM c WHERE c.status = @status")
            .WithParameter("@status", status.ToString());
        var documents = await QueryAsync<OrderSummaryDocument>(query, limit, cancellationToken);
        return [.. documents
            .OrderByDescending(document => document.ReceivedAt)
            .Select(document => new OrderSummary(
                document.Id, document.Channel, document.ExternalId, document.Status, document.Amounts.TotalCents,
                document.Amounts.Currency.Code, document.ReceivedAt, document.UpdatedAt))];
    }

    public async Task<IReadOnlyList<OrderId>> ListWithPendingOutboxAsync(DateTimeOffset unchangedSince, int limit, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT c.id FROM c WHERE c.outboxPending = true AND c.updatedAtUnixMs < @since")
            .WithParameter("@since", unchangedSince.ToUnixTimeMilliseconds());
        var documents = await QueryAsync<IdOnly>(query, limit, cancellationToken);
        return [.. documents.Select(document => OrderId.TryParse(document.Id, out var orderId) ? orderId! : null).OfType<OrderId>()];
    }

    // Cross-partition queries are for ops screens and sweeps, never the per-order hot path.
    private async Task<List<T>> QueryAsync<T>(QueryDefinition query, int limit, CancellationToken cancellationToken)
    {
        var results = new List<T>();
        var options = new QueryRequestOptions { MaxItemCount = Math.Min(limit, 100), EnableOptimisticDirectExecution = true };
        using var iterator = container.GetItemQueryStreamIterator(query, requestOptions: options);
        while (iterator.HasMoreResults && results.Count < limit)
        {
            using var response = await iterator.ReadNextAsync(cancellationToken);
            counter.Count("cosmos.query");
            EnsureSuccess(response, "query", null);
            var page = await JsonSerializer.DeserializeAsync<QueryPage<T>>(response.Content, CosmosJson.Options, cancellationToken);
            results.AddRange((page?.Documents ?? []).Take(limit - results.Count));
        }

        return results;
    }

    private static MemoryStream Serialize(TrackedOrder order) =>
        new(JsonSerializer.SerializeToUtf8Bytes(OrderDocument.From(order), CosmosJson.Options));

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
