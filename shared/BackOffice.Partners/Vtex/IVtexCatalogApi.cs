using Refit;

namespace BackOffice.Partners.Vtex;

/// <summary>
/// The Logistics API's inventory write (developers.vtex.com/docs/api-reference/logistics-api, "Update inventory by SKU
/// and warehouse"): the absolute quantity of one SKU in one warehouse.
/// </summary>
public interface IVtexCatalogApi
{
    [Put("/api/logistics/pvt/inventory/skus/{skuId}/warehouses/{warehouseId}")]
    Task UpdateInventoryAsync(string skuId, string warehouseId, [Body] VtexInventoryUpdate update, CancellationToken cancellationToken);
}

/// <summary><c>{ quantity, unlimitedQuantity, dateUtcOnBalanceSystem }</c>: the last one is the ERP's timestamp, optional.</summary>
public sealed record VtexInventoryUpdate(int Quantity, bool UnlimitedQuantity, string? DateUtcOnBalanceSystem);
