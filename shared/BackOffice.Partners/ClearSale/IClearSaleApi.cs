using Refit;

namespace BackOffice.Partners.ClearSale;

/// <summary>ClearSale Total: orders in, decisions out. The bearer token is added by <see cref="ClearSaleAuthHandler"/>.</summary>
public interface IClearSaleApi
{
    /// <summary>One order per call, a JSON object, as ClearSale's Total manual documents it (not an array).</summary>
    [Post("/v1/orders/")]
    Task<ClearSaleSubmitResponse> SubmitOrderAsync([Body] ClearSaleOrder order, CancellationToken cancellationToken);

    [Get("/v1/orders/{code}/status")]
    Task<ClearSaleOrderStatus> GetStatusAsync(string code, CancellationToken cancellationToken);
}
