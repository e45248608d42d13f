using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;

namespace BackOffice.Infrastructure.Tests.Cosmos;

/// <summary>
/// The local Cosmos DB emulator keeps its data: a server of its own (tools/emulators/cosmos-server.mjs on a free port,
/// a fresh store) is killed with SIGKILL right after the writes were answered, started again on the same store, and
/// every order is there with the ETag it had — also when the journal was compacted into snapshots while it ran, and
/// with the counts per status (served from the emulator's equality index) the same before and after.
/// </summary>
public sealed class CosmosEmulatorRestartTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly string _store = Directory.CreateTempSubdirectory("backoffice-cosmos-store-").FullName;
    private readonly int _port = FreePort();
    private Process? _server;

    public async Task InitializeAsync() => _server = await StartServerAsync();

    public Task DisposeAsync()
    {
        Kill(_server);
        Directory.Delete(_store, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Orders_WhenTheEmulatorIsKilledAndStartedAgain_AreAllThereWithTheirETags()
    {
        var written = new List<TrackedOrder>();
        using (var client = Client())
        {
            var repository = await RepositoryAsync(client);
            for (var i = 0; i < 20; i++)
            {
                var order = CosmosOrderRepositoryTests.NewOrder($"restart-{i}");
                await repository.TryCreateAsync(order, CancellationToken.None);
                if (i % 2 == 0)
                {
                    order.Order.StartRiskAnalysis(Cause.Message($"m{i}"), Now);
                    await repository.SaveAsync(order, CancellationToken.None);
                }

                written.Add(order);
            }

            await client.GetDatabase("restart").GetContainer("orders").DeleteItemAsync<object>(written[19].Order.Id.Value, new PartitionKey(written[19].Order.Id.Value));
        }

        Kill(_server);
        _server = await StartServerAsync();

        using var again = Client();
        var reopened = await RepositoryAsync(again);
        foreach (var order in written.Take(19))
        {
            var found = await reopened.FindAsync(order.Order.Id, CancellationToken.None);
            Assert.NotNull(found);
            Assert.Equal(order.ETag, found.ETag);
            Assert.Equal(order.Order.Status, found.Order.Status);
        }

        Assert.Null(await reopened.FindAsync(written[19].Order.Id, CancellationToken.None));
        var stale = (await reopened.FindAsync(written[0].Order.Id, CancellationToken.None))!;
        written[0].Order.Cancel("test", Cause.Message("m-cancel"), Now);
        await reopened.SaveAsync(written[0], CancellationToken.None);
        stale.Order.Cancel("test", Cause.Message("m-stale"), Now);
        await Assert.ThrowsAsync<OrderConcurrencyException>(() => reopened.SaveAsync(stale, CancellationToken.None));
    }

    [Fact]
    public async Task Orders_WhenTheJournalWasCompactedWhileRunningAndTheEmulatorIsKilled_AreAllThereAndCountedAlike()
    {
        Kill(_server);
        var compactions = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _server = await StartServerAsync(compactBytes: 16 * 1024, compactions);
        var written = new List<TrackedOrder>();
        long countedBefore;
        using (var client = Client())
        {
            var repository = await RepositoryAsync(client);
            for (var i = 0; i < 40; i++)
            {
                var order = CosmosOrderRepositoryTests.NewOrder($"compact-{i}");
                await repository.TryCreateAsync(order, CancellationToken.None);
                if (i % 4 != 0)
                {
                    order.Order.StartRiskAnalysis(Cause.Message($"m{i}"), Now);
                    await repository.SaveAsync(order, CancellationToken.None);
                }

                written.Add(order);
            }

            countedBefore = await OverviewReader(client).CountAsync(OrderStatus.RiskReview, CancellationToken.None);
        }

        // One compaction at start, then the 16 KiB journal limit passed while running.
        Assert.True(compactions.Count >= 2, $"compactions logged: {string.Join(" | ", compactions)}");
        Kill(_server);
        _server = await StartServerAsync();

        using var again = Client();
        var reopened = await RepositoryAsync(again);
        foreach (var order in written)
        {
            var found = await reopened.FindAsync(order.Order.Id, CancellationToken.None);
            Assert.NotNull(found);
            Assert.Equal(order.ETag, found.ETag);
            Assert.Equal(order.Order.Status, found.Order.Status);
        }

        Assert.Equal(30, countedBefore);
        Assert.Equal(30, await OverviewReader(again).CountAsync(OrderStatus.RiskReview, CancellationToken.None));
        Assert.Equal(10, await OverviewReader(again).CountAsync(OrderStatus.Received, CancellationToken.None));
    }

    private static CosmosOrderOverviewReader OverviewReader(CosmosClient client) =>
        new(client.GetDatabase("restart").GetContainer("orders"), new StorageOperationCounter());

    private CosmosClient Client() => CosmosClientFactory.Create(new CosmosOptions
    {
        Endpoint = $"https://127.0.0.1:{_port}",
        Key = LocalSettings.Get("Cosmos__Key"),
        AcceptAnyServerCertificate = true,
    });

    private static async Task<CosmosOrderRepository> RepositoryAsync(CosmosClient client)
    {
        var database = (await client.CreateDatabaseIfNotExistsAsync("restart")).Database;
        var container = (await database.CreateContainerIfNotExistsAsync("orders", "/id")).Container;
        return new CosmosOrderRepository(container, new StorageOperationCounter(), new DueWork(LifecycleSettings.Default));
    }

    private async Task<Process> StartServerAsync(int? compactBytes = null, System.Collections.Concurrent.ConcurrentQueue<string>? compactions = null)
    {
        var root = LocalSettings.RepoRoot();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(root, "tools", "emulators", "cosmos-server.mjs"), "--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", Path.Combine(root, ".data", "cosmos"), "--store", _store },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (compactBytes is { } bytes)
        {
            start.Environment["COSMOS_COMPACT_BYTES"] = bytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) =>
        {
            output.Enqueue(line.Data ?? "");
            if (line.Data?.Contains("compacted", StringComparison.Ordinal) == true)
            {
                compactions?.Enqueue(line.Data);
            }

            if (line.Data?.Contains("listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("cosmos-server exited: " + string.Join('\n', output)));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return process;
    }

    private static void Kill(Process? process)
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true); // SIGKILL: no chance to flush anything on the way out
            process.WaitForExit();
        }

        process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
