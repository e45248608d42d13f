namespace BackOffice.Partners.Pagarme;

/// <param name="Line1">"number, street, district", the order Pagar.me documents.</param>
public sealed record PagarmeAddress(string Line1, string? Line2, string ZipCode, string City, string State, string Country);
