namespace BackOffice.Channels.Vtex;

/// <param name="Id">Items, Discounts, Shipping, Tax (and Change after an order change). See <see cref="VtexTotalIds"/>.</param>
/// <param name="Value">Cents; VTEX reports discounts as a negative value.</param>
public sealed record VtexTotal(string? Id, string? Name, long? Value);
