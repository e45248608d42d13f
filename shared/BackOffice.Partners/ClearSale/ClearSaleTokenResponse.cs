using System.Text.Json.Serialization;

namespace BackOffice.Partners.ClearSale;

/// <summary><c>{ "Token": "...", "ExpirationDate": "2024-05-02T10:31:00.5-03:00" }</c>, as ClearSale documents it.</summary>
public sealed record ClearSaleTokenResponse(
    [property: JsonPropertyName("Token")] string? Token,
    [property: JsonPropertyName("ExpirationDate")] DateTimeOffset? ExpirationDate);
