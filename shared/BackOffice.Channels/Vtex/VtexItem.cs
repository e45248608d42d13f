namespace BackOffice.Channels.Vtex;

/// <param name="Id">VTEX's SKU id.</param>
/// <param name="RefId">The store's own SKU code, which the ERP and the NF-e know; may be null.</param>
/// <param name="Price">Unit price in cents before promotions: the <c>Items</c> total is the sum of price × quantity.</param>
/// <param name="AdditionalInfo">The catalog's data copied onto the order, among it the SKU's <c>dimension</c>.</param>
/// <param name="SellingPrice">Unit price in cents after item promotions, whose difference is in the <c>Discounts</c> total.</param>
public sealed record VtexItem(
    string? Id,
    string? ProductId,
    string? RefId,
    string? Name,
    int? Quantity,
    long? Price,
    long? ListPrice,
    long? SellingPrice,
    string? Ean,
    VtexItemAdditionalInfo? AdditionalInfo = null);
