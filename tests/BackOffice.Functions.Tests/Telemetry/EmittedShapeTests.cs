using System.Net;
using System.Text;
using System.Text.Json;
using BackOffice.Application.Messaging;
using BackOffice.Application.Ops.DeadLetters;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Application.Telemetry;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Features.OrderMessages;
using BackOffice.Functions.Features.Webhooks;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.Telemetry;
using BackOffice.Infrastructure;
using BackOffice.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackOffice.Functions.Tests.Telemetry;

/// <summary>
/// The queries of infra/queries (docs/ops.md, the workbook, the alerts) against what the app really sends to Application
/// Insights: the app's own telemetry set-up and endpoint filter, the real Azure Monitor exporter, pointed at a stand-in
/// ingestion endpoint that keeps every envelope. A webhook is answered (its order enters a status, a partner call fails)
/// and an order message fails its last delivery; every table, column, customDimensions key and literal the queries read
/// must be in what was sent.
/// </summary>
/// <remarks>
/// Alone: ASP.NET Core's and HttpClient's instrumentation listen process-wide, so other tests' servers would fill the
/// exporter's queues while this app is flushed.
/// </remarks>
[Collection(nameof(EmittedShapeTests))]
[CollectionDefinition(nameof(EmittedShapeTests), DisableParallelization = true)]
public sealed class EmittedShapeTests
{
    private const string OrderId = "hub-1001";

    [Fact]
    public async Task QueryFiles_WhenReadAgainstTheExportedTelemetry_FindEveryTableColumnDimensionAndValueTheyUse()
    {
        // The exporter's own usage reports (statsbeat) go to Microsoft's endpoint, not the connection string's: off.
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "true");
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_SDKSTATS_DISABLED", "true");
        await using var ingestion = await IngestionCapture.StartAsync();
        await RunTheAppAsync(ingestion);

        // BACKOFFICE_TELEMETRY_CAPTURE=<file> keeps what was sent, one envelope a line (the note's captured shape).
        if (Environment.GetEnvironmentVariable("BACKOFFICE_TELEMETRY_CAPTURE") is { Length: > 0 } capture)
        {
            await File.WriteAllLinesAsync(capture, ingestion.Envelopes.Select(envelope => envelope.ToJsonString()));
        }

        var rows = ingestion.Envelopes.Select(AppInsightsRow.From).OfType<AppInsightsRow>().ToList();
        var queries = KqlQueryFile.LoadAll(Path.Combine(LocalSettings.RepoRoot(), "infra", "queries"));
        Assert.NotEmpty(queries);
        var missing = new List<string>();
        foreach (var query in queries)
        {
            foreach (var clause in query.Clauses)
            {
                var candidates = rows.Where(row => clause.Tables.Contains(row.Table)).ToList();
                // A customMetrics clause that names its metrics reads the dimensions of those metrics.
                var metricNames = clause.Literals.Where(literal => literal.Column == "name").Select(literal => literal.Value).ToList();
                if (clause.Tables.SequenceEqual(["customMetrics"]) && metricNames.Count > 0)
                {
                    candidates = [.. candidates.Where(row => row.Columns["name"] is { } metric && metricNames.Contains(metric))];
                }

                var where = $"{query.Name} ({string.Join('|', clause.Tables)})";
                if (candidates.Count == 0)
                {
                    missing.Add($"{where}: no row was sent to that table");
                    continue;
                }

                missing.AddRange(clause.Columns.Where(column => !candidates.Any(row => row.Columns.GetValueOrDefault(column) is not null))
                    .Select(column => $"{where}: column {column}"));
                missing.AddRange(clause.Dimensions.Where(dimension => !candidates.Any(row => row.Dimensions.ContainsKey(dimension)))
                    .Select(dimension => $"{where}: customDimensions.{dimension}"));
                missing.AddRange(clause.Literals.Where(literal => !candidates.Any(row => row.Columns.GetValueOrDefault(literal.Column) == literal.Value))
                    .Select(literal => $"{where}: {literal.Column} == \"{literal.Value}\" (sent: {string.Join(", ", candidates.Select(row => row.Columns.GetValueOrDefault(literal.Column)).Distinct())})"));
            }
        }

        Assert.True(missing.Count == 0, "Read by a query but not sent by the app:\n" + string.Join('\n', missing));
        // The partner queries group by target: it must name the partner's host, not a mask.
        Assert.Contains(rows, row => row.Table == "dependencies" && row.Columns["target"] == $"{ingestion.Address.Host}:{ingestion.Address.Port}");
    }

    /// <summary>
    /// The app's telemetry set-up, endpoint filter and message function; the webhook's own work (intake into Cosmos) is
    /// replaced by what it leaves behind in telemetry: the order entering a status (OrderMetrics, as OrderIntake calls
    /// it) and a partner call. Disposing the app flushes every exporter.
    /// </summary>
    private static async Task RunTheAppAsync(IngestionCapture ingestion)
    {
        var (connectionString, partner) = (ingestion.ConnectionString, ingestion.Address);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration[TelemetrySetup.ConnectionStringSetting] = connectionString;
        builder.AddBackOfficeTelemetry();
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StorageOperationCounter>();
        builder.Services.AddSingleton<IMessageFailureLog, NoFailureLog>();
        // An unknown message type fails before the repository, updater or retries are touched.
        builder.Services.AddSingleton(provider => new OrderMessageHandler(
            [], null!, new OrderUpdater(null!, null!), new MessageRetries(null!, null!, TimeProvider.System), TimeProvider.System,
            provider.GetRequiredService<ILogger<OrderMessageHandler>>()));

        var webhook = new FunctionDefinition("HubOrderWebhook", new HttpTrigger(["post"], "webhooks/orders"), async (IHttpClientFactory clients, ILoggerFactory loggers) =>
        {
            var order = Order.Receive(Placement(), Cause.Timer("test"), DateTimeOffset.UtcNow.AddMinutes(-2));
            var positionBefore = order.Timeline.Count;
            order.StartRiskAnalysis(Cause.Timer("test"), DateTimeOffset.UtcNow);
            OrderMetrics.RecordSaved(order, 0, loggers.CreateLogger("BackOffice.Application.Intake.OrderIntake"));
            Assert.True(order.Timeline.Count > positionBefore);
            using var answer = await clients.CreateClient().PostAsync(new Uri(partner, "/partner"), new StringContent("{}"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            return Results.Accepted(value: new WebhookAccepted(OrderId, Repeated: false));
        });

        await using var app = builder.Build();
        app.UseMiddleware<UnhandledExceptionMiddleware>();
        app.MapFunctions([webhook, OrderMessagesFunction.Definition]);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        using var client = new HttpClient { BaseAddress = address };
        using var accepted = await client.PostAsync("/api/webhooks/orders", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var message = OrderMessage.From(new OutboxMessage("m-1", "NoSuchStep", OrderId, DateTimeOffset.UtcNow));
        var invocation = JsonSerializer.Serialize(new
        {
            Data = new Dictionary<string, object> { [OrderMessagesFunction.BindingName] = JsonSerializer.Serialize(OrderMessageSerializer.Serialize(message)) },
            Metadata = new Dictionary<string, object> { ["DequeueCount"] = 5 },
        });
        using var failed = await client.PostAsync($"/{OrderMessagesFunction.Definition.Name}", new StringContent(invocation, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        // The failed delivery's span and log line reach the endpoint in the exporters' next batch; then stopping the app
        // flushes the rest (metrics are exported at shutdown).
        await ingestion.WaitForAsync(
            envelope => (string?)envelope["name"] == "Exception" && envelope.ToJsonString().Contains("DeliveryCount", StringComparison.Ordinal),
            envelope => (string?)envelope["data"]?["baseData"]?["name"] == "process NoSuchStep");
        await app.StopAsync();
    }

    private static OrderPlacement Placement() => new(
        SalesChannel.Hub,
        "1001",
        DateTimeOffset.UtcNow.AddMinutes(-5),
        new OrderAmounts(Currency.Of("BRL"), 9980, 1500, 500, 10980),
        [new OrderLine("SKU-1", "Camiseta", 2, 4990)],
        new Customer("Maria Silva", "maria@example.com", "52998224725", null),
        new Address("Av. Paulista", "1000", null, "Bela Vista", "São Paulo", "SP", "01310-100", "BR"),
        new Payment(PaymentMethod.CreditCard, 10980, ChargeCreatedByCheckout: true, Installments: 1));

    private sealed class NoFailureLog : IMessageFailureLog
    {
        public Task RecordAsync(MessageFailure failure, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<MessageFailure?> FindAsync(string key, CancellationToken cancellationToken) => Task.FromResult<MessageFailure?>(null);
    }
}
