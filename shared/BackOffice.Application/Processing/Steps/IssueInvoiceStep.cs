using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Fiscal;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// Starts an NF-e attempt on the order (so its reference is saved before the fiscal API hears of it), then asks for
/// authorization under that reference. A repeat (an earlier run started the attempt and its answer was lost) first asks
/// the fiscal API what it has under the reference: posting again after SEFAZ rejected it would be a second attempt.
/// </summary>
public sealed class IssueInvoiceStep(IFiscalDocumentIssuer fiscal, PartnerFollowUps followUps) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.IssueInvoice;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        var requestedNow = false;
        if (scope.Order.AwaitsInvoiceRequest)
        {
            await scope.ApplyAsync(order => requestedNow = Request(order, scope), cancellationToken, final: false);
        }

        var current = scope.Order;
        if (!current.AwaitsInvoice)
        {
            return;
        }

        if (!requestedNow && await fiscal.FindAsync(current.Invoice!.Reference, cancellationToken) is { } known)
        {
            await scope.ApplyAsync(await followUps.FiscalOutcomeAsync(current, known, scope.Cause, scope.Now, cancellationToken), cancellationToken);
            return;
        }

        var status = await fiscal.IssueAsync(
            new FiscalDocumentRequest(current.Invoice!.Reference, scope.Now, current.Customer, current.ShippingAddress!, current.Lines,
                current.Amounts.ShippingCents, current.Amounts.DiscountCents, current.Amounts.TotalCents),
            cancellationToken);
        await scope.ApplyAsync(await followUps.FiscalOutcomeAsync(current, status, scope.Cause, scope.Now, cancellationToken), cancellationToken);
    }

    private bool Request(Order order, OrderMessageScope scope)
    {
        if (!order.AwaitsInvoiceRequest)
        {
            return false;
        }

        // What SEFAZ would reject is sent to a person now, before an NF-e attempt is spent on it.
        if (order.BrokenInvoiceRecipientRule is { } broken)
        {
            order.RequireAttention(broken.Message, scope.Cause, scope.Now, MessageType);
            return true;
        }

        order.RequestInvoice(scope.Cause, scope.Now);
        return true;
    }
}
