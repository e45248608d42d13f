using BackOffice.Domain.Orders;

namespace BackOffice.Partners.Http;

/// <summary>What partners want of Brazilian ids: tax ids without punctuation, phones and postal codes as digits.</summary>
public static class Documents
{
    /// <summary>Phones, postal codes, state registrations: the digits only.</summary>
    public static string Digits(string? value) => value is null ? "" : new string(value.Where(char.IsAsciiDigit).ToArray());

    /// <summary>
    /// The CPF or CNPJ as <see cref="TaxId"/> reads it (an alphanumeric CNPJ keeps its letters); null when there is none
    /// or it is not valid.
    /// </summary>
    public static TaxId? TaxIdOf(string? value) => TaxId.TryParse(value, out var taxId) ? taxId : null;

    public static string? Cpf(TaxId? taxId) => taxId is { Kind: TaxId.TaxIdKind.Cpf } ? taxId.Digits : null;

    public static string? Cnpj(TaxId? taxId) => taxId is { Kind: TaxId.TaxIdKind.Cnpj } ? taxId.Digits : null;
}
