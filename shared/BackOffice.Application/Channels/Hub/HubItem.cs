namespace BackOffice.Application.Channels.Hub;

public sealed record HubItem(string? Sku, string? Title, int? Quantity, long? UnitPrice);
