using BackOffice.Domain.Shipping;

namespace BackOffice.Application.Partners.Shipping;

/// <summary>The carrier platform: buys the label (cart, pay, generate, print) and reports tracking.</summary>
public interface IShippingCarrier
{
    /// <summary>
    /// The services that can carry the parcel, with price and delivery days; services the carrier quoted with an error
    /// (too heavy, too big, not served) are left out. Empty when none can.
    /// </summary>
    Task<IReadOnlyList<ServiceQuote>> QuoteAsync(QuoteRequest request, CancellationToken cancellationToken);

    /// <summary>Puts the shipment in the cart; the returned label id is what every later step refers to.</summary>
    Task<string> AddToCartAsync(ShipmentRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Takes an unpaid label out of the cart (one the hub put there but will not pay for); safe to repeat (a label
    /// already gone is not an error). Throws when the carrier refuses, as it does for a paid label.
    /// </summary>
    Task RemoveFromCartAsync(string labelId, CancellationToken cancellationToken);

    /// <summary>Pays for, generates and prints the label; safe to repeat for the same label id.</summary>
    Task<ShipmentLabel> PurchaseLabelAsync(string labelId, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels a paid label so its price comes back to the account; safe to repeat (a cancelled label stays cancelled).
    /// Throws when the carrier refuses, as it does once the parcel is posted.
    /// </summary>
    Task CancelLabelAsync(string labelId, string reason, CancellationToken cancellationToken);

    Task<ShipmentTracking> TrackAsync(string labelId, CancellationToken cancellationToken);

    Task<byte[]> DownloadLabelAsync(string url, CancellationToken cancellationToken);
}
