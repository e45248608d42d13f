using Azure.Data.Tables;
using BackOffice.Application.Health;

namespace BackOffice.Infrastructure.Health;

internal sealed class TableProbe(TableClient table) : IDependencyProbe
{
    public string Name => "table";

    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages())
        {
            return;
        }
    }
}
