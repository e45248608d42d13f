using Refit;

namespace BackOffice.Partners.ClearSale;

/// <summary>ClearSale Total: orders in, decisions out. The bearer token is added by <see cref="ClearSaleAuthHandler"/>.</summary>
public interface IClearSaleApi
{
    /// <summary>Takes an array; we always send one order so that a duplicate answer concerns exactly that order.</summary>
    [Post("/v1/orders/")]
    Task<ClearSaleSubmitResponse> SubmitOrdersAsync([Body] IReadOnlyList<ClearSaleOrder> orders, CancellationToken cancellationToken);

    [Get("/v1/orders/{code}/status")]
    Task<ClearSaleOrderStatus> GetStatusAsync(string code, CancellationToken cancellationToken);
}
