using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Fiscal;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// Starts an NF-e attempt on the order (so its reference is saved before the fiscal API hears of it), then asks for
/// authorization under that reference. A repeat asks again with the same reference, which issues nothing new.
/// </summary>
public sealed class IssueInvoiceStep(IFiscalDocumentIssuer fiscal, PartnerFollowUps followUps) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.IssueInvoice;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        if (scope.Order.Status != OrderStatus.PaymentApproved || !scope.Order.StockReserved)
        {
            return;
        }

        if (scope.Order.Invoice?.State is not InvoiceState.Requested)
        {
            await scope.ApplyAsync(order => Request(order, scope), cancellationToken, final: false);
        }

        var current = scope.Order;
        if (current.Status != OrderStatus.PaymentApproved || current.Invoice is not { State: InvoiceState.Requested } invoice)
        {
            return;
        }

        var status = await fiscal.IssueAsync(
            new FiscalDocumentRequest(invoice.Reference, scope.Now, current.Customer, current.ShippingAddress!, current.Lines,
                current.Amounts.ShippingCents, current.Amounts.DiscountCents, current.Amounts.TotalCents),
            cancellationToken);
        await scope.ApplyAsync(await followUps.FiscalOutcomeAsync(current, status, scope.Cause, scope.Now, cancellationToken), cancellationToken);
    }

    private static bool Request(Order order, OrderMessageScope scope)
    {
        if (order.Status != OrderStatus.PaymentApproved || order.Invoice?.State is InvoiceState.Requested or InvoiceState.Authorized)
        {
            return false;
        }

        // What SEFAZ would reject is sent to a person now, before an NF-e attempt is spent on it.
        if (new IBusinessRule[] { new RecipientMustHaveTaxIdRule(order.Customer), new RecipientAddressMustBeCompleteRule(order.ShippingAddress) }
                .FirstOrDefault(rule => rule.IsBroken()) is { } broken)
        {
            order.RequireAttention(broken.Message, scope.Cause, scope.Now);
            return true;
        }

        order.RequestInvoice(scope.Cause, scope.Now);
        return true;
    }
}
