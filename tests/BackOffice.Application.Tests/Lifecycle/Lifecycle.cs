using System.Text;
using BackOffice.Application.Callbacks;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackOffice.Application.Tests.Lifecycle;

/// <summary>
/// The hub with every partner faked, and a message pump that can deliver each message more than once, or in reverse
/// order, the way at-least-once transports do.
/// </summary>
internal sealed class Lifecycle
{
    private readonly HashSet<string> _lost = [];
    private int _delivered;

    public Hub Hub { get; } = new();

    public FakePartners Partners => Hub.Partners;

    public static OrderId OrderId { get; } = OrderId.For(SalesChannel.Hub, "1001");

    /// <summary>Receives the order paid by a PIX that stays payable until <paramref name="expiresAt"/>, and runs it to where it waits for the payment.</summary>
    public async Task AwaitPixPaymentAsync(DateTimeOffset expiresAt)
    {
        Partners.CheckoutCreated(OrderId.Value, PaymentMethod.Pix, 10980, expiresAt);
        await ReceiveAsync("pix");
        await PumpAsync();
    }

    public async Task<Order> ReceiveAsync(string method = "credit_card", string? chargeCreatedBy = null)
    {
        var json = Hub.OrderJson().Replace("\"method\": \"pix\"", $"\"method\": \"{method}\"");
        if (chargeCreatedBy is not null)
        {
            json = json.Replace("\"amount\": 10980 }", $"\"amount\": 10980, \"chargeCreatedBy\": \"{chargeCreatedBy}\" }}");
        }

        await Hub.PostSignedAsync(json);
        return await OrderAsync();
    }

    /// <summary>
    /// Delivers every pending message (and the ones they cause) <paramref name="copies"/> times each; with
    /// <paramref name="parallel"/>, the copies of each message are handled at the same time on different threads.
    /// </summary>
    public async Task PumpAsync(int copies = 1, bool reverse = false, bool parallel = false)
    {
        while (_delivered < SentCount)
        {
            List<OutboxMessage> batch;
            lock (Hub.Publisher.Sent)
            {
                batch = [.. Hub.Publisher.Sent.Skip(_delivered)];
                _delivered = Hub.Publisher.Sent.Count;
            }

            foreach (var message in reverse ? Enumerable.Reverse(batch) : batch)
            {
                if (_lost.Remove(message.Type))
                {
                    continue;
                }

                if (parallel)
                {
                    await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => Task.Run(() => Hub.Messages.HandleAsync(OrderMessage.From(message), CancellationToken.None))));
                    continue;
                }

                for (var copy = 0; copy < copies; copy++)
                {
                    await Hub.Messages.HandleAsync(OrderMessage.From(message), CancellationToken.None);
                }
            }
        }
    }

    /// <summary>A partner's callback as the function would hand it over, followed by the messages it causes.</summary>
    public async Task CallbackAsync(string partner, string? body = null, int copies = 1, bool parallel = false)
    {
        var intake = new PartnerCallbackIntake(
            Callbacks.SignedCallbacks.Partners, Hub.Orders, Hub.Deliveries, Hub.Archive, Hub.Publisher, Hub.Clock, NullLogger<PartnerCallbackIntake>.Instance);
        body ??= PartnerCallbackSamples.Body(partner, OrderId.Value);
        async Task ReceiveAsync()
        {
            var outcome = await intake.ReceiveAsync(partner, Callbacks.SignedCallbacks.Headers(partner, body), Encoding.UTF8.GetBytes(body), CancellationToken.None);
            Assert.IsType<WebhookOutcome.Accepted>(outcome);
        }

        if (parallel)
        {
            await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => Task.Run(ReceiveAsync)));
        }
        else
        {
            for (var copy = 0; copy < copies; copy++)
            {
                await ReceiveAsync();
            }
        }

        await PumpAsync(copies: parallel ? copies : 1, parallel: parallel);
    }

    private int SentCount
    {
        get
        {
            lock (Hub.Publisher.Sent)
            {
                return Hub.Publisher.Sent.Count;
            }
        }
    }

    /// <summary>The next message of this type is never delivered, as when it is lost between the outbox and the queue.</summary>
    public void LoseNext(string messageType) => _lost.Add(messageType);

    public async Task<Order> OrderAsync() => (await Hub.Orders.FindAsync(OrderId, CancellationToken.None))!.Order;

    public async Task<TrackedOrder> TrackedAsync() => (await Hub.Orders.FindAsync(OrderId, CancellationToken.None))!;
}
