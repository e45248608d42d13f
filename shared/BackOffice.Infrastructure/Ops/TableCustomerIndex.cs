using Azure.Data.Tables;
using BackOffice.Application.Ops.Customers;

namespace BackOffice.Infrastructure.Ops;

/// <summary>The customer index in a table: partition = hashed customer key, row = order id. One query reads a customer.</summary>
internal sealed class TableCustomerIndex(TableClient table, StorageOperationCounter counter) : ICustomerIndex
{
    public async Task AddAsync(IReadOnlyList<string> keys, string orderId, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            await table.UpsertEntityAsync(new TableEntity(key, orderId), TableUpdateMode.Replace, cancellationToken);
            counter.Count("table.upsert");
        }
    }

    public async Task<IReadOnlyList<string>> FindOrderIdsAsync(string key, int limit, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var page in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == key, maxPerPage: Math.Min(limit, 1000), select: ["RowKey"], cancellationToken: cancellationToken).AsPages())
        {
            counter.Count("table.query");
            ids.AddRange(page.Values.Select(entity => entity.RowKey));
            if (ids.Count >= limit)
            {
                break;
            }
        }

        return [.. ids.Take(limit)];
    }
}
