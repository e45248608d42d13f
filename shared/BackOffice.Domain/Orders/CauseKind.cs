namespace BackOffice.Domain.Orders;

public enum CauseKind
{
    Webhook,
    Message,
    Callback,
    Timer,
    Person,
}
