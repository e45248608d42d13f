using Azure.Data.Tables;
using BackOffice.Application.Ops.DeadLetters;

namespace BackOffice.Infrastructure.DeadLetters;

/// <summary>Failures in a table: partition = the order (or "unreadable"), row = the message key; the last failure wins.</summary>
internal sealed class TableMessageFailureLog(TableClient table, StorageOperationCounter counter) : IMessageFailureLog
{
    public async Task RecordAsync(MessageFailure failure, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(PartitionOf(failure.Key), RowOf(failure.Key))
        {
            ["Key"] = failure.Key,
            ["Reason"] = failure.Reason.Length > MessageFailure.MaxReasonLength ? failure.Reason[..MessageFailure.MaxReasonLength] : failure.Reason,
            ["DeliveryCount"] = failure.DeliveryCount,
            ["At"] = failure.At,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        counter.Count("table.upsert");
    }

    public async Task<MessageFailure?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(key), RowOf(key), cancellationToken: cancellationToken);
        counter.Count("table.read");
        return response is { HasValue: true, Value: { } entity }
            ? new MessageFailure(key, entity.GetString("Reason") ?? "", entity.GetInt32("DeliveryCount") ?? 0, entity.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue)
            : null;
    }

    // Message ids start with the order id ("<order>:<position>:<event>"): one partition per order.
    private static string PartitionOf(string key) => key.IndexOf(':') is > 0 and var colon ? RowOf(key[..colon]) : "unreadable";

    // Table keys may not hold / \ # ? or control characters.
    private static string RowOf(string key) =>
        string.Concat(key.Select(character => character is '/' or '\\' or '#' or '?' || char.IsControl(character) ? '_' : character));
}
