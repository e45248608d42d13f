namespace BackOffice.Application.Partners.Payments;

/// <summary>
/// The payment gateway. Every write carries an idempotency key so a retried call cannot charge, capture or refund twice.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>The charge the storefront's checkout created for this order reference, if any.</summary>
    Task<GatewayCharge?> FindChargeByOrderRefAsync(string orderRef, CancellationToken cancellationToken);

    /// <summary>Creates the charge when the hub, not the checkout, is asked to charge (headless stores).</summary>
    Task<GatewayCharge> CreateChargeAsync(ChargeRequest request, string idempotencyKey, CancellationToken cancellationToken);

    Task<GatewayCharge> GetChargeAsync(string chargeId, CancellationToken cancellationToken);

    /// <summary>Captures an authorized card charge; a refused capture comes back with status Failed.</summary>
    Task<GatewayCharge> CaptureAsync(string chargeId, long amountCents, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Cancels an unpaid charge or refunds a paid one (all of it when <paramref name="amountCents"/> is null).</summary>
    Task<GatewayCharge> CancelOrRefundAsync(string chargeId, long? amountCents, string idempotencyKey, CancellationToken cancellationToken);
}
