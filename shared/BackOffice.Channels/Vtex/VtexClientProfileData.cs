namespace BackOffice.Channels.Vtex;

/// <summary>
/// Personal data: never logged in clear. VTEX masks the e-mail of orders read without the PII permission
/// (<c>...@ct.vtex.com.br</c>); the alias still reaches the customer, so the hub keeps it.
/// </summary>
/// <param name="Document">The CPF when <paramref name="DocumentType"/> is <c>cpf</c>.</param>
/// <param name="CorporateDocument">The CNPJ when <paramref name="IsCorporate"/> is true.</param>
public sealed record VtexClientProfileData(
    string? Email,
    string? FirstName,
    string? LastName,
    string? DocumentType,
    string? Document,
    string? Phone,
    string? CorporateName,
    string? CorporateDocument,
    bool? IsCorporate);
