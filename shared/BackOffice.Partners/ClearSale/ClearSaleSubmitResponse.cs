using System.Text.Json.Serialization;

namespace BackOffice.Partners.ClearSale;

/// <summary><c>{ "packageID": "...", "orders": [{ "code": "...", "status": "NVO", "score": null }] }</c>.</summary>
public sealed record ClearSaleSubmitResponse([property: JsonPropertyName("packageID")] string? PackageId, IReadOnlyList<ClearSaleOrderStatus>? Orders);
