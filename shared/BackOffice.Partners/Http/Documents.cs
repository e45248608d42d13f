namespace BackOffice.Partners.Http;

/// <summary>Brazilian tax ids: CPF has 11 digits, CNPJ 14; partners want digits only.</summary>
public static class Documents
{
    public static string Digits(string? value) => value is null ? "" : new string(value.Where(char.IsAsciiDigit).ToArray());

    public static bool IsCnpj(string? value) => Digits(value).Length == 14;

    public static bool IsCpf(string? value) => Digits(value).Length == 11;
}
