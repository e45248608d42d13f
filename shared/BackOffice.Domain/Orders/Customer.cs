namespace BackOffice.Domain.Orders;

/// <summary>Personal data: never logged in clear.</summary>
/// <param name="Ip">The buyer's IP at checkout, when the storefront tells it (anti-fraud).</param>
/// <param name="DeviceSessionId">The anti-fraud fingerprint session of the checkout (ClearSale's <c>sessionID</c>), when the store uses one.</param>
public sealed record Customer(string Name, string Email, string? Document, string? Phone, string? Ip = null, string? DeviceSessionId = null);
