using BackOffice.Domain.Orders;

namespace BackOffice.Channels.Shopify;

/// <summary>What an <c>orders/cancelled</c> webhook tells the hub.</summary>
/// <param name="Reason">Shopify's <c>cancel_reason</c>: customer, declined, fraud, inventory, staff or other.</param>
public sealed record ShopifyCancellation(OrderId OrderId, string ExternalId, DateTimeOffset CancelledAt, string Reason);
