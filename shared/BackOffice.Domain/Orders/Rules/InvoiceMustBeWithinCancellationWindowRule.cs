using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>SEFAZ accepts the cancellation of an authorized NF-e only within 24 hours of its authorization.</summary>
public sealed class InvoiceMustBeWithinCancellationWindowRule(InvoiceInfo? invoice, DateTimeOffset now) : IBusinessRule
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public bool IsBroken() => invoice is { State: InvoiceState.Authorized, AuthorizedAt: { } authorizedAt } && now - authorizedAt > Window;

    public string Message => "The NF-e was authorized more than 24 hours ago and can no longer be cancelled; a return invoice is needed.";
}
