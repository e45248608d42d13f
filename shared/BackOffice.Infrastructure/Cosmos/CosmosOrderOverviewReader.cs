using System.Text.Json;
using BackOffice.Application.Ops.Overview;
using BackOffice.Domain.Orders;
using Microsoft.Azure.Cosmos;

namespace BackOffice.Infrastructure.Cosmos;

/// <summary>The ops page's cross-partition reads: a count per status and the orders that have waited longest.</summary>
internal sealed class CosmosOrderOverviewReader(Container container, StorageOperationCounter counter) : IOrderOverviewReader
{
    public async Task<long> CountAsync(OrderStatus status, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT VALUE COUNT(1) FROM c WHERE c.status = @status").WithParameter("@status", status.ToString());
        // Each page may hold a partial count (one per partition range): they add up.
        return (await QueryAsync<long>(query, int.MaxValue, cancellationToken)).Sum();
    }

    public async Task<IReadOnlyList<OrderAtRest>> ListUnchangedSinceAsync(
        OrderStatus status, DateTimeOffset unchangedSince, int limit, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT c.id, c.status, c.updatedAt, c.attention FROM c WHERE c.status = @status AND c.updatedAtUnixMs <= @since")
            .WithParameter("@status", status.ToString())
            .WithParameter("@since", unchangedSince.ToUnixTimeMilliseconds());
        // Read whole, then sorted here: ORDER BY across partitions is not served by every Cosmos emulator.
        var documents = await QueryAsync<RestingDocument>(query, 5000, cancellationToken);
        return [.. documents
            .OrderBy(document => document.UpdatedAt)
            .Take(limit)
            .Select(document => new OrderAtRest(document.Id, document.Status, document.UpdatedAt, document.Attention?.Reason, document.Attention?.ResumeTo))];
    }

    private async Task<List<T>> QueryAsync<T>(QueryDefinition query, int limit, CancellationToken cancellationToken)
    {
        var results = new List<T>();
        var options = new QueryRequestOptions { MaxItemCount = 500, EnableOptimisticDirectExecution = true };
        using var iterator = container.GetItemQueryStreamIterator(query, requestOptions: options);
        while (iterator.HasMoreResults && results.Count < limit)
        {
            using var response = await iterator.ReadNextAsync(cancellationToken);
            counter.Count("cosmos.query");
            if (!response.IsSuccessStatusCode)
            {
                throw new CosmosOperationException($"Cosmos ops query failed with {(int)response.StatusCode}: {response.ErrorMessage}");
            }

            var page = await JsonSerializer.DeserializeAsync<Page<T>>(response.Content, CosmosJson.Options, cancellationToken);
            results.AddRange(page?.Documents ?? []);
        }

        return results;
    }

    private sealed record RestingDocument([property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id, OrderStatus Status, DateTimeOffset UpdatedAt, AttentionInfo? Attention);

    private sealed record Page<T>(IReadOnlyList<T>? Documents);
}
