namespace BackOffice.Domain.Orders;

/// <summary>What made a state change happen: recorded on the timeline so ops can follow the order.</summary>
public sealed record Cause(CauseKind Kind, string Reference)
{
    public static Cause Webhook(string deliveryId) => new(CauseKind.Webhook, deliveryId);

    public static Cause Message(string messageId) => new(CauseKind.Message, messageId);

    public static Cause Callback(string callbackId) => new(CauseKind.Callback, callbackId);

    public static Cause Timer(string timerName) => new(CauseKind.Timer, timerName);

    public static Cause Person(string who) => new(CauseKind.Person, who);
}
