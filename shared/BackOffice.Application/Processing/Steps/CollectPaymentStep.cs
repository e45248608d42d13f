using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Payments;
using BackOffice.Application.Processing.Outcomes;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// After risk approval: find the charge the checkout created (or create it for a headless store), capture an authorized
/// card, or wait for a PIX or boleto to be paid. Idempotency keys make a retried capture or creation a no-op.
/// </summary>
public sealed class CollectPaymentStep(IPaymentGateway payments, PartnerFollowUps followUps, LifecycleSettings settings) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.CollectPayment;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        var order = scope.Order;
        if (!order.AwaitsPayment)
        {
            return;
        }

        // A charge the hub creates is never looked up first: the idempotency key already turns a retried creation into
        // a read, and a lookup before creation would race the creation of another delivery of this message.
        var charge = order.Payment.ChargeCreatedByCheckout
            ? await followUps.ChargeAsync(order, cancellationToken)
            : await payments.CreateChargeAsync(
                new ChargeRequest(order.Id.Value, order.Payment.Method, order.Amounts.TotalCents, order.Lines, order.Customer, order.ShippingAddress,
                    order.Payment.Installments, scope.Now + (order.Payment.Method == PaymentMethod.Boleto ? settings.BoletoExpiry : settings.PixExpiry)),
                $"{order.Id.Value}:create-charge",
                cancellationToken);

        if (charge is null)
        {
            await scope.ApplyAsync(
                current => RequireAttention(current, "The gateway has no charge for this order; the checkout should have created one.", scope),
                cancellationToken);
            return;
        }

        if (charge.Status == ChargeStatus.Authorized)
        {
            charge = await payments.CaptureAsync(charge.ChargeId, order.Amounts.TotalCents, $"{order.Id.Value}:capture", cancellationToken);
        }

        await scope.ApplyAsync(PaymentOutcome.Of(charge, scope.Cause, scope.Now), cancellationToken);
    }

    private static bool RequireAttention(Order order, string reason, OrderMessageScope scope)
    {
        if (!order.AwaitsPayment)
        {
            return false;
        }

        order.RequireAttention(reason, scope.Cause, scope.Now, scope.Message.Type);
        return true;
    }
}
