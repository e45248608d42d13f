using System.Net;
using BackOffice.Application.Partners.Payments;
using BackOffice.Partners.Http;
using Microsoft.Extensions.Logging;
using Refit;

namespace BackOffice.Partners.Pagarme;

/// <summary>The payment gateway on Pagar.me v5. Logs order references and statuses only, never customer data.</summary>
public sealed class PagarmePaymentGateway(IPagarmeApi api, PagarmeOrderBuilder builder, ILogger<PagarmePaymentGateway> logger) : IPaymentGateway
{
    public async Task<GatewayCharge?> FindChargeByOrderRefAsync(string orderRef, CancellationToken cancellationToken)
    {
        var orders = await Call(() => api.ListOrdersAsync(orderRef, cancellationToken));
        // The code filter is ours and unique; the first order with a charge is the checkout's.
        var order = orders.Data?.FirstOrDefault(o => o.Charges is { Count: > 0 });
        if (order is null)
        {
            logger.LogInformation("Pagar.me has no charge for order {OrderRef}", orderRef);
            return null;
        }

        var charge = PagarmeChargeMapper.ToGatewayCharge(order.Charges![0], order);
        // Debug: a read (callbacks, polls); what it changes lands on the timeline and the call is a dependency span.
        logger.LogDebug("Pagar.me charge {ChargeId} of order {OrderRef} is {Status}", charge.ChargeId, orderRef, charge.Status);
        return charge;
    }

    public async Task<GatewayCharge> CreateChargeAsync(ChargeRequest request, string idempotencyKey, CancellationToken cancellationToken)
    {
        var order = await Call(() => api.CreateOrderAsync(builder.Build(request), idempotencyKey, cancellationToken));
        var first = order.Charges?.FirstOrDefault()
            ?? throw new PartnerApiException("Pagar.me", HttpStatusCode.OK, $"Order {order.Id} for {request.OrderRef} came back without a charge.");
        var charge = PagarmeChargeMapper.ToGatewayCharge(first, order);
        logger.LogInformation("Pagar.me created charge {ChargeId} for order {OrderRef}: {Status}", charge.ChargeId, request.OrderRef, charge.Status);
        return charge;
    }

    public async Task<GatewayCharge> GetChargeAsync(string chargeId, CancellationToken cancellationToken)
        => PagarmeChargeMapper.ToGatewayCharge(await Call(() => api.GetChargeAsync(chargeId, cancellationToken)));

    public async Task<GatewayCharge> CaptureAsync(string chargeId, long amountCents, string idempotencyKey, CancellationToken cancellationToken)
    {
        var charge = PagarmeChargeMapper.ToGatewayCharge(await Call(() => api.CaptureChargeAsync(chargeId, new PagarmeAmount(amountCents), idempotencyKey, cancellationToken)));
        logger.LogInformation("Pagar.me capture of {ChargeId} for order {OrderRef}: {Status}", chargeId, charge.OrderRef, charge.Status);
        return charge;
    }

    public async Task<GatewayCharge> CancelOrRefundAsync(string chargeId, long? amountCents, string idempotencyKey, CancellationToken cancellationToken)
    {
        var charge = PagarmeChargeMapper.ToGatewayCharge(await Call(() => api.CancelChargeAsync(chargeId, new PagarmeAmount(amountCents), idempotencyKey, cancellationToken)));
        logger.LogInformation("Pagar.me cancel/refund of {ChargeId} for order {OrderRef}: {Status}", chargeId, charge.OrderRef, charge.Status);
        return charge;
    }

    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException error)
        {
            throw new PartnerApiException("Pagar.me", error.StatusCode, PagarmeErrors.Message(error.Content) ?? error.ReasonPhrase ?? "error", error.Content);
        }
    }
}
