using System.Text;
using BackOffice.Application.Channels.Hub;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Application.Tests.Fakes;

/// <summary>The application wired to in-memory ports, as the function app wires it to Azure.</summary>
internal sealed class Hub
{
    public const string Secret = "test-secret";

    public Hub()
    {
        Dispatcher = new OutboxDispatcher(Publisher, Orders, NullLogger<OutboxDispatcher>.Instance);
        Verifier = new HubSignatureVerifier(new HubWebhookSettings(Secret));
        Webhook = new HubOrderWebhook(Verifier, new OrderIntake(Deliveries, Archive, Orders, Dispatcher, Clock, NullLogger<OrderIntake>.Instance));
        Messages = new OrderMessageHandler(new OrderUpdater(Orders, Dispatcher), Clock, NullLogger<OrderMessageHandler>.Instance);
        Sweeper = new OutboxSweeper(Orders, Dispatcher, Clock, NullLogger<OutboxSweeper>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public InMemoryOrderRepository Orders { get; } = new();

    public RecordingPublisher Publisher { get; } = new();

    public InMemoryDeliveryLog Deliveries { get; } = new();

    public InMemoryArchive Archive { get; } = new();

    public OutboxDispatcher Dispatcher { get; }

    public HubSignatureVerifier Verifier { get; }

    public HubOrderWebhook Webhook { get; }

    public OrderMessageHandler Messages { get; }

    public OutboxSweeper Sweeper { get; }

    public Task<WebhookOutcome> PostSignedAsync(string json, string? deliveryId = "delivery-1")
    {
        var body = Encoding.UTF8.GetBytes(json);
        return Webhook.ReceiveAsync(body, Verifier.Sign(body), deliveryId, CancellationToken.None);
    }

    public static string OrderJson(string id = "1001", string email = "maria@example.com", long unitPrice = 4990) => $$"""
        {
          "id": "{{id}}",
          "placedAt": "2026-11-23T11:55:00-03:00",
          "currency": "BRL",
          "customer": { "name": "Maria Silva", "email": "{{email}}", "document": "529.982.247-25" },
          "items": [ { "sku": "SKU-1", "title": "Camiseta", "quantity": 2, "unitPrice": {{unitPrice}} } ],
          "shipping": 1500,
          "discount": 500,
          "total": {{unitPrice * 2 + 1000}},
          "payment": { "method": "pix", "amount": {{unitPrice * 2 + 1000}} }
        }
        """;
}
