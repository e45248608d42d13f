using Refit;

namespace BackOffice.Partners.Pagarme;

/// <summary>Pagar.me API v5 (core). HTTP Basic with the secret key as user; every write carries <c>idempotency-key</c>.</summary>
public interface IPagarmeApi
{
    [Post("/orders")]
    Task<PagarmeOrder> CreateOrderAsync([Body] PagarmeCreateOrder order, [Header(PagarmeHeaders.IdempotencyKey)] string idempotencyKey, CancellationToken cancellationToken);

    [Get("/orders")]
    Task<PagarmeList<PagarmeOrder>> ListOrdersAsync([AliasAs("code")] string code, CancellationToken cancellationToken);

    [Get("/orders/{id}")]
    Task<PagarmeOrder> GetOrderAsync(string id, CancellationToken cancellationToken);

    [Get("/charges/{id}")]
    Task<PagarmeCharge> GetChargeAsync(string id, CancellationToken cancellationToken);

    [Post("/charges/{id}/capture")]
    Task<PagarmeCharge> CaptureChargeAsync(string id, [Body] PagarmeAmount amount, [Header(PagarmeHeaders.IdempotencyKey)] string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Cancels an unpaid charge or refunds a paid one; no amount means all of it.</summary>
    [Delete("/charges/{id}")]
    Task<PagarmeCharge> CancelChargeAsync(string id, [Body] PagarmeAmount amount, [Header(PagarmeHeaders.IdempotencyKey)] string idempotencyKey, CancellationToken cancellationToken);
}
