using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;

namespace BackOffice.Infrastructure.Tests.Cosmos;

/// <summary>
/// 2,200 orders spread over every status and every kind of wait, written straight through the repository into a database
/// of their own in the emulator test.sh starts, with update times over the last three hours.
/// </summary>
public sealed class DueOrdersFixture : IAsyncLifetime
{
    public const int OrdersPerShape = 100;

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly CosmosClient _client = CosmosClientFactory.Create(new CosmosOptions
    {
        Endpoint = LocalSettings.Get("Cosmos__Endpoint"),
        Key = LocalSettings.Get("Cosmos__Key"),
        AcceptAnyServerCertificate = true,
    });

    private readonly string _database = $"tests-due-{Guid.NewGuid():N}";

    public DueWork DueWork { get; } = new(LifecycleSettings.Default);

    internal CosmosOrderRepository Repository { get; private set; } = null!;

    public IReadOnlyList<Order> Orders { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var database = (await _client.CreateDatabaseIfNotExistsAsync(_database)).Database;
        var container = (await database.CreateContainerIfNotExistsAsync("orders", "/id")).Container;
        Repository = new CosmosOrderRepository(container, new StorageOperationCounter(), DueWork);
        var random = new Random(8);
        Orders = [.. Shapes.SelectMany((shape, s) => Enumerable.Range(0, OrdersPerShape).Select(i =>
            Order.Restore(shape(Placed($"{s}-{i}", Now.AddSeconds(-random.Next(0, 3 * 3600)))))))];
        await Parallel.ForEachAsync(Orders, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (order, cancellationToken) =>
            Assert.True(await Repository.TryCreateAsync(new TrackedOrder(order, null, [], []), cancellationToken)));
    }

    public async Task DisposeAsync()
    {
        await _client.GetDatabase(_database).DeleteAsync();
        _client.Dispose();
    }

    private static readonly ChargeInfo Paid = new("ch_1", ChargeState.Paid, 4990, null);
    private static readonly InvoiceInfo Authorized = new("nfe-1", 1, InvoiceState.Authorized, new string('3', 44), "1", "1", "x.xml", "d.pdf");
    private static readonly ShipmentInfo Label = new("lbl_1", "BR1", "label.pdf", PurchasedAt: Now.AddDays(-1));

    // One shape per kind of wait, the final statuses and NeedsAttention among them.
    private static readonly Func<OrderSnapshot, OrderSnapshot>[] Shapes =
    [
        order => order,
        order => order with { Status = OrderStatus.RiskReview, Risk = new RiskState(RiskStatus.Analysing, null) },
        order => order with { Status = OrderStatus.RiskReview, Risk = new RiskState(RiskStatus.UnderReview, "AMA") },
        order => order with { Status = OrderStatus.AwaitingPayment, Charge = Paid with { State = ChargeState.AwaitingPayment, PaidCents = 0 } },
        order => order with { Status = OrderStatus.PaymentApproved, Charge = Paid },
        order => order with { Status = OrderStatus.PaymentApproved, Charge = Paid, StockReserved = true },
        order => order with { Status = OrderStatus.PaymentApproved, Charge = Paid, StockReserved = true, Invoice = Authorized with { State = InvoiceState.Requested } },
        order => order with { Status = OrderStatus.Invoiced, Charge = Paid, StockReserved = true, Invoice = Authorized },
        order => order with { Status = OrderStatus.Invoiced, Charge = Paid, StockReserved = true, Invoice = Authorized, Shipment = Label with { PurchasedAt = null } },
        order => order with { Status = OrderStatus.ReadyToShip, Charge = Paid, StockReserved = true, Invoice = Authorized, Shipment = Label },
        order => order with { Status = OrderStatus.Shipped, Charge = Paid, StockReserved = true, Invoice = Authorized, Shipment = Label },
        order => order with { Status = OrderStatus.DeliveryFailed, Charge = Paid, StockReserved = true, Invoice = Authorized, Shipment = Label },
        order => order with { Status = OrderStatus.Delivered, Charge = Paid, Invoice = Authorized, Shipment = Label },
        order => order with { Status = OrderStatus.Cancelled },
        order => order with { Status = OrderStatus.Cancelled, Charge = Paid, PendingCompensations = new Compensations(false, true, false, false) },
        order => order with { Status = OrderStatus.NeedsAttention, Attention = new AttentionInfo("stuck", OrderStatus.Invoiced, "PurchaseLabel") },
        order => order with { Status = OrderStatus.NeedsAttention, Attention = new AttentionInfo("short", OrderStatus.PaymentApproved) },
        order => order with { Status = OrderStatus.PaymentApproved, Charge = Paid, StockReserved = true, Invoice = Authorized with { State = InvoiceState.Rejected } },
        order => order with { Status = OrderStatus.Received },
        order => order with { Status = OrderStatus.AwaitingPayment },
        order => order with { Status = OrderStatus.ReadyToShip, Shipment = Label },
        order => order with { Status = OrderStatus.Shipped, Shipment = Label },
    ];

    private static OrderSnapshot Placed(string externalId, DateTimeOffset updatedAt) => new(
        OrderId.For(SalesChannel.Hub, externalId),
        SalesChannel.Hub,
        externalId,
        OrderStatus.Received,
        updatedAt.AddMinutes(-1),
        updatedAt,
        updatedAt,
        new OrderAmounts(Currency.Of("BRL"), 4990, 0, 0, 4990),
        [new OrderLine("SKU-1", "Camiseta", 1, 4990)],
        new Customer("Maria", "maria@example.com", "52998224725", null),
        null,
        new Payment(PaymentMethod.Pix, 4990, true, 1),
        []);
}
