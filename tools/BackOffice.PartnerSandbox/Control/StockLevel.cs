namespace BackOffice.PartnerSandbox.Control;

/// <summary>One line of <c>POST /_sandbox/stock</c> and of the ERP's <c>GET stock</c>.</summary>
public sealed record StockLevel(string Sku, int Quantity);
