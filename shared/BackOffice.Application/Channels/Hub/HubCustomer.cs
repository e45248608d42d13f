namespace BackOffice.Application.Channels.Hub;

/// <param name="SessionId">The anti-fraud fingerprint session of the checkout (ClearSale's sessionID), when the store uses one.</param>
public sealed record HubCustomer(string? Name, string? Email, string? Document, string? Phone, string? Ip = null, string? SessionId = null);
