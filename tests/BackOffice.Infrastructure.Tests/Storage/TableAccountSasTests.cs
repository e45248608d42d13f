using Azure.Data.Tables;
using BackOffice.Infrastructure.Storage;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Infrastructure.Tests.Storage;

/// <summary>Against Azurite: table access by the account SAS that the emulator's connection string signs.</summary>
public sealed class TableAccountSasTests
{
    private static readonly string ConnectionString = LocalSettings.Get("AzureWebJobsStorage");

    [Fact]
    public async Task From_WhenTheConnectionStringCarriesAKey_GivesASasThatReadsAndWritesTables()
    {
        var sas = TableAccountSas.From(ConnectionString, TimeProvider.System);

        Assert.NotNull(sas);
        await AssertReadsAndWritesAsync(sas);
    }

    [Fact]
    public async Task CreateClient_WhenTheSasIsDueForRenewal_RenewsItBeforeTheRequest()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sas = TableAccountSas.From(ConnectionString, time)!;
        var first = sas.Credential.Signature;

        time.Advance(TimeSpan.FromDays(5));
        await AssertReadsAndWritesAsync(sas);
        Assert.Equal(first, sas.Credential.Signature);

        time.Advance(TimeSpan.FromDays(1.5));
        await AssertReadsAndWritesAsync(sas);
        Assert.NotEqual(first, sas.Credential.Signature);
    }

    [Fact]
    public void From_WhenTheConnectionStringCarriesASas_IsNull() =>
        Assert.Null(TableAccountSas.From("TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;SharedAccessSignature=sv=2019-02-02&sig=x", TimeProvider.System));

    private static async Task AssertReadsAndWritesAsync(TableAccountSas sas)
    {
        var table = sas.CreateClient().GetTableClient($"sastest{Guid.NewGuid():N}");
        await table.CreateAsync();
        try
        {
            await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = 7 });
            var entity = await table.GetEntityAsync<TableEntity>("p", "r");
            Assert.Equal(7, entity.Value.GetInt32("Value"));
        }
        finally
        {
            await table.DeleteAsync();
        }
    }
}
