using BackOffice.Application.Messaging;

namespace BackOffice.Application.Processing.Steps;

/// <summary>Notes a partner's callback on the timeline, then re-reads that partner's resource and applies what it says.</summary>
public sealed class PartnerCallbackStep(PartnerFollowUps followUps) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.PartnerCallbackReceived;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        var partner = Required(scope, OrderMessageData.Partner);
        var partnerEvent = Required(scope, OrderMessageData.Event);
        // One time for the note and the change it brings, so the timeline reads in the order things happened.
        var now = scope.Now;
        var change = partner switch
        {
            "pagarme" => await followUps.PaymentAsync(scope.Order, scope.Cause, now, cancellationToken),
            "clearsale" => await followUps.RiskAsync(scope.Order, scope.Cause, now, cancellationToken),
            "focusnfe" => await followUps.FiscalAsync(scope.Order, scope.Cause, now, cancellationToken) ?? (_ => false),
            "melhorenvio" => await followUps.ShipmentAsync(scope.Order, scope.Cause, now, cancellationToken),
            _ => throw new UnprocessableMessageException($"No follow-up for partner '{partner}'."),
        };
        await scope.ApplyAsync(
            order =>
            {
                order.NoteCallback(partner, partnerEvent, scope.Cause, now);
                change(order);
                return true;
            },
            cancellationToken);
    }

    private static string Required(OrderMessageScope scope, string key) =>
        scope.Data(key) is { Length: > 0 } value
            ? value
            : throw new UnprocessableMessageException($"{scope.Message.Type} {scope.Message.MessageId} has no '{key}'.");
}
