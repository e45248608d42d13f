namespace BackOffice.PartnerSandbox.ClearSale;

/// <summary>Body of <c>POST /_sandbox/clearsale/orders/{code}/status</c>: an analyst's decision.</summary>
public sealed record ClearSaleDecision(string? Status);
