using System.Text.Json.Serialization;

namespace BackOffice.Partners.ClearSale;

/// <param name="Type">1 for a person (CPF), 2 for a company (CNPJ).</param>
/// <param name="PrimaryDocument">CPF or CNPJ, digits only.</param>
public sealed record ClearSaleParty(
    [property: JsonPropertyName("clientID")] string ClientId,
    int Type,
    string? PrimaryDocument,
    string Name,
    string Email,
    ClearSaleAddress? Address,
    IReadOnlyList<ClearSalePhone>? Phones);
