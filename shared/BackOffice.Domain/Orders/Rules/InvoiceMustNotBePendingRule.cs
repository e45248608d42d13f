using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>One NF-e attempt at a time: a second request while SEFAZ has not answered could issue two.</summary>
public sealed class InvoiceMustNotBePendingRule(InvoiceInfo? invoice) : IBusinessRule
{
    public bool IsBroken() => invoice?.State is InvoiceState.Requested or InvoiceState.Authorized;

    public string Message => $"An NF-e is already {invoice?.State.ToString().ToLowerInvariant()} for this order ({invoice?.Reference}).";
}
