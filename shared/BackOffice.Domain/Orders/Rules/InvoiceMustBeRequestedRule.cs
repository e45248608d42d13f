using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class InvoiceMustBeRequestedRule(InvoiceInfo? invoice) : IBusinessRule
{
    public bool IsBroken() => invoice?.State != InvoiceState.Requested;

    public string Message => $"No NF-e is waiting for SEFAZ (state: {invoice?.State.ToString() ?? "none"}).";
}
