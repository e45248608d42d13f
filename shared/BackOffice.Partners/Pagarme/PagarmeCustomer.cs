namespace BackOffice.Partners.Pagarme;

/// <param name="Type"><c>individual</c> (CPF) or <c>company</c> (CNPJ).</param>
/// <param name="DocumentType"><c>CPF</c> or <c>CNPJ</c>.</param>
public sealed record PagarmeCustomer(
    string Name,
    string Email,
    string? Document,
    string? DocumentType,
    string Type,
    PagarmeAddress? Address,
    PagarmePhones? Phones);
