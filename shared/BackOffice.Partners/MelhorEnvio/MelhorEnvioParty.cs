namespace BackOffice.Partners.MelhorEnvio;

/// <param name="Document">CPF of a person.</param>
/// <param name="CompanyDocument">CNPJ of a company.</param>
/// <param name="StateAbbr">Two-letter UF.</param>
public sealed record MelhorEnvioParty(
    string Name,
    string? Phone,
    string? Email,
    string? Document,
    string? CompanyDocument,
    string? StateRegister,
    string Address,
    string Number,
    string? Complement,
    string District,
    string City,
    string StateAbbr,
    string CountryId,
    string PostalCode);
