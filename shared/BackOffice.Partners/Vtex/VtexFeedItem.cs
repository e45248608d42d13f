namespace BackOffice.Partners.Vtex;

/// <summary>One item of <c>GET /api/orders/feed</c> (feed v3).</summary>
public sealed record VtexFeedItem(string? EventId, string? Handle, string? Domain, string? State, string? LastState, string? OrderId, DateTimeOffset? LastChange, DateTimeOffset? CurrentChange);
