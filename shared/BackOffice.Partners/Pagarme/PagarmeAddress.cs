using System.Text.Json.Serialization;

namespace BackOffice.Partners.Pagarme;

/// <param name="Line1">"number, street, district", the order Pagar.me documents.</param>
public sealed record PagarmeAddress(
    [property: JsonPropertyName("line_1")] string Line1,
    [property: JsonPropertyName("line_2")] string? Line2,
    string ZipCode,
    string City,
    string State,
    string Country);
