namespace BackOffice.Partners.ClearSale;

/// <param name="County">The district (bairro).</param>
public sealed record ClearSaleAddress(
    string Street,
    string Number,
    string? AdditionalInformation,
    string County,
    string City,
    string State,
    string Country,
    string Zipcode);
