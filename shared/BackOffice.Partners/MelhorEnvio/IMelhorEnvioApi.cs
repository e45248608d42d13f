using Refit;

namespace BackOffice.Partners.MelhorEnvio;

/// <summary>Melhor Envio API v2 (<c>me/</c> routes). Bearer token and a User-Agent with a contact e-mail on every call.</summary>
public interface IMelhorEnvioApi
{
    /// <summary>The underlying client, for downloading printed labels.</summary>
    HttpClient Client { get; }

    /// <summary>Quotes the services for a parcel; a read, so the resilience handler may resend it.</summary>
    [Post("/me/shipment/calculate")]
    Task<IReadOnlyList<MelhorEnvioQuote>> CalculateAsync([Body] MelhorEnvioQuoteRequest request, CancellationToken cancellationToken);

    /// <summary>Adds a label to the cart. No idempotency key: never retried blindly (see the registration).</summary>
    [Post("/me/cart")]
    Task<MelhorEnvioLabel> AddToCartAsync([Body] MelhorEnvioCartItem item, CancellationToken cancellationToken);

    /// <summary>
    /// Removes an unpaid label from the cart ("remover item do carrinho"): <c>DELETE /me/cart/{id}</c>, as Melhor Envio's
    /// own WordPress plugin does (melhorenvio/wp-melhorenvio-v2, Services/CartService.php, <c>remove</c>).
    /// </summary>
    [Delete("/me/cart/{id}")]
    Task RemoveFromCartAsync(string id, CancellationToken cancellationToken);

    [Get("/me/orders/{id}")]
    Task<MelhorEnvioLabel> GetLabelAsync(string id, CancellationToken cancellationToken);

    /// <summary>Pays for the labels from the account balance.</summary>
    [Post("/me/shipment/checkout")]
    Task<MelhorEnvioCheckout> CheckoutAsync([Body] MelhorEnvioOrders orders, CancellationToken cancellationToken);

    [Post("/me/shipment/generate")]
    Task<IReadOnlyDictionary<string, MelhorEnvioGenerateResult>> GenerateAsync([Body] MelhorEnvioOrders orders, CancellationToken cancellationToken);

    [Post("/me/shipment/print")]
    Task<MelhorEnvioPrint> PrintAsync([Body] MelhorEnvioPrintRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels a label: <c>{ "order": { "id", "reason_id", "description" } }</c>, answered <c>{ "&lt;id&gt;": { "canceled": true } }</c>.</summary>
    [Post("/me/shipment/cancel")]
    Task<IReadOnlyDictionary<string, MelhorEnvioCancelResult>> CancelAsync([Body] MelhorEnvioCancelRequest request, CancellationToken cancellationToken);

    [Post("/me/shipment/tracking")]
    Task<IReadOnlyDictionary<string, MelhorEnvioTracking>> TrackAsync([Body] MelhorEnvioOrders orders, CancellationToken cancellationToken);
}
