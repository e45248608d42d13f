using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Lifecycle;

/// <summary>
/// The same message, webhook and callback handled at the same time on different threads, as a transport that redelivers
/// and a sender that retries do: each still has one effect.
/// </summary>
public sealed class ParallelDeliveryTests
{
    private const int Copies = 4;

    private readonly Lifecycle _life = new();

    [Fact]
    public async Task Pump_WhenEveryMessageIsHandledFourTimesAtOnce_EndsReadyToShipWithOneEffectOfEachKind()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();

        await _life.PumpAsync(copies: Copies, parallel: true);

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        foreach (var effect in new[] { "risk.submit", "payment.capture", "stock.reserve", "fiscal.issue", "carrier.checkout" })
        {
            Assert.True(_life.Partners.EffectsOf(effect) == 1, $"{effect}: {_life.Partners.EffectsOf(effect)}");
        }

        Assert.Single(order.Timeline, entry => entry.Event == "PaymentApproved");
        Assert.Single(order.Timeline, entry => entry.Event == "LabelPurchased");
    }

    [Fact]
    public async Task Webhook_WhenTheSameDeliveryArrivesFourTimesAtOnce_StoresOneOrderAndAnswersItOnceAsNew()
    {
        var json = Fakes.Hub.OrderJson();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Copies).Select(_ => Task.Run(() => _life.Hub.PostSignedAsync(json))));

        var accepted = outcomes.Select(Assert.IsType<WebhookOutcome.Accepted>).ToList();
        Assert.All(accepted, outcome => Assert.Equal(Lifecycle.OrderId.Value, outcome.OrderId));
        Assert.Single(accepted, outcome => outcome.Repeated == false);
        var order = await _life.OrderAsync();
        Assert.Single(order.Timeline, entry => entry.Event == "OrderReceived");
        Assert.Single(_life.Hub.Publisher.IdsOf(OrderMessageTypes.OrderReceived));
    }

    [Fact]
    public async Task IntakeMessage_WhenHandledFourTimesAtOnce_StoresOneOrderWithOneFirstStepMessage()
    {
        Assert.IsType<WebhookOutcome.Accepted>(await _life.Hub.AckAsync(Fakes.Hub.OrderJson()));
        var queued = _life.Hub.TakeQueued(Application.Channels.Hub.HubOrderWebhook.MessageType);

        await Task.WhenAll(Enumerable.Range(0, Copies).Select(_ => Task.Run(() => _life.Hub.Webhook.ApplyAsync(queued, CancellationToken.None))));

        var order = await _life.OrderAsync();
        Assert.Single(order.Timeline, entry => entry.Event == "OrderReceived");
        Assert.Single(_life.Hub.Publisher.IdsOf(OrderMessageTypes.OrderReceived));
    }

    [Fact]
    public async Task Callback_WhenTheSameCallbackArrivesFourTimesAtOnce_NotesItOnceAndMovesTheOrderOnce()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.Pix, 10980, _life.Hub.Clock.GetUtcNow().AddHours(1));
        await _life.ReceiveAsync("pix");
        await _life.PumpAsync();
        _life.Partners.Pay($"ch_{Lifecycle.OrderId.Value}");

        await _life.CallbackAsync("pagarme", copies: Copies, parallel: true);

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Single(order.Timeline, entry => entry.Event == "PartnerCallbackReceived");
        Assert.Single(order.Timeline, entry => entry.Event == "PaymentApproved");
        Assert.Equal((1, 1), (_life.Partners.EffectsOf("fiscal.issue"), _life.Partners.EffectsOf("carrier.checkout")));
    }
}
