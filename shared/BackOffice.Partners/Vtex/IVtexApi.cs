using Refit;

namespace BackOffice.Partners.Vtex;

/// <summary>VTEX OMS and feed v3; <c>X-VTEX-API-AppKey</c> and <c>X-VTEX-API-AppToken</c> on every call.</summary>
public interface IVtexApi
{
    /// <summary>The raw order: the intake archives it byte for byte, and the channel mapper parses it.</summary>
    [Get("/api/oms/pvt/orders/{orderId}")]
    Task<HttpResponseMessage> GetOrderAsync(string orderId, CancellationToken cancellationToken);

    [Post("/api/oms/pvt/orders/{orderId}/start-handling")]
    Task<HttpResponseMessage> StartHandlingAsync(string orderId, CancellationToken cancellationToken);

    [Post("/api/oms/pvt/orders/{orderId}/invoice")]
    Task<VtexReceipt> InvoiceAsync(string orderId, [Body] VtexInvoiceRequest invoice, CancellationToken cancellationToken);

    [Patch("/api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}")]
    Task<VtexReceipt> UpdateTrackingAsync(string orderId, string invoiceNumber, [Body] VtexTrackingRequest tracking, CancellationToken cancellationToken);

    [Post("/api/oms/pvt/orders/{orderId}/cancel")]
    Task<VtexReceipt> CancelAsync(string orderId, [Body] VtexCancelRequest cancel, CancellationToken cancellationToken);

    /// <summary>Raw: VTEX answers 404 or an empty body when no hook is configured.</summary>
    [Get("/api/orders/hook/config")]
    Task<HttpResponseMessage> GetHookConfigAsync(CancellationToken cancellationToken);

    /// <summary>VTEX pings the URL on save and refuses the configuration when the ping fails.</summary>
    [Post("/api/orders/hook/config")]
    Task SaveHookConfigAsync([Body] VtexHookConfig config, CancellationToken cancellationToken);

    [Get("/api/orders/feed/config")]
    Task<HttpResponseMessage> GetFeedConfigAsync(CancellationToken cancellationToken);

    [Post("/api/orders/feed/config")]
    Task SaveFeedConfigAsync([Body] VtexFeedConfig config, CancellationToken cancellationToken);

    [Get("/api/orders/feed")]
    Task<IReadOnlyList<VtexFeedItem>> ReadFeedAsync([AliasAs("maxlot")] int maxLot, CancellationToken cancellationToken);

    [Post("/api/orders/feed")]
    Task CommitFeedAsync([Body] VtexFeedCommit commit, CancellationToken cancellationToken);
}
