namespace BackOffice.Application.Channels.Hub;

/// <param name="Service">The shipping method the customer chose, as the storefront names it (mapped by <c>Shipping:ServiceMap</c>).</param>
/// <param name="PromisedBy">The delivery date promised to the customer.</param>
public sealed record HubDelivery(string? Service, DateTimeOffset? PromisedBy);
