using System.Diagnostics.CodeAnalysis;

namespace BackOffice.Domain.Orders;

/// <summary>
/// A Brazilian taxpayer id as the NF-e needs it: a CPF (a person, 11 digits) or a CNPJ (a company, 14 characters),
/// with its check digits verified. Personal data: never logged in clear.
/// </summary>
public sealed record TaxId
{
    // Storefronts send the id typed by the customer: "529.982.247-25", "11.222.333/0001-81", with spaces.
    private const string Punctuation = ".-/ \t";

    private static readonly int[] CnpjFirstWeights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] CnpjSecondWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    private TaxId(string digits, TaxIdKind kind)
    {
        Digits = digits;
        Kind = kind;
    }

    public enum TaxIdKind
    {
        Cpf,
        Cnpj,
    }

    /// <summary>The id without punctuation. A CNPJ issued from July 2026 on may hold upper-case letters in its first 12 places.</summary>
    public string Digits { get; }

    public TaxIdKind Kind { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out TaxId? taxId)
    {
        taxId = null;
        if (text is null)
        {
            return false;
        }

        var compact = new string([.. text.Where(character => !Punctuation.Contains(character)).Select(char.ToUpperInvariant)]);
        if (compact.Length == 11 && compact.All(char.IsAsciiDigit) && !IsOneRepeatedCharacter(compact) && HasValidCpfCheckDigits(compact))
        {
            taxId = new TaxId(compact, TaxIdKind.Cpf);
        }
        else if (compact.Length == 14 && IsCnpjShaped(compact) && !IsOneRepeatedCharacter(compact) && HasValidCnpjCheckDigits(compact))
        {
            taxId = new TaxId(compact, TaxIdKind.Cnpj);
        }

        return taxId is not null;
    }

    public static TaxId Parse(string text) =>
        TryParse(text, out var taxId) ? taxId : throw new FormatException("The text is not a valid CPF or CNPJ.");

    public static bool IsValid(string? text) => TryParse(text, out _);

    // Masked so that an id that reaches a log or an exception message does not identify the customer.
    public override string ToString() => $"{Kind.ToString().ToUpperInvariant()} ***{Digits[^2..]}";

    // 000.000.000-00 and the like pass the check-digit arithmetic but are placeholders, never real ids.
    private static bool IsOneRepeatedCharacter(string compact) => compact.All(character => character == compact[0]);

    private static bool IsCnpjShaped(string compact) =>
        compact[..12].All(character => char.IsAsciiDigit(character) || char.IsAsciiLetterUpper(character))
        && compact[12..].All(char.IsAsciiDigit);

    private static bool HasValidCpfCheckDigits(string digits)
    {
        var first = CheckDigit(digits[..9], Enumerable.Range(2, 9).Reverse().ToArray());
        var second = CheckDigit(digits[..10], Enumerable.Range(2, 10).Reverse().ToArray());
        return digits[9] - '0' == first && digits[10] - '0' == second;
    }

    private static bool HasValidCnpjCheckDigits(string characters)
    {
        var first = CheckDigit(characters[..12], CnpjFirstWeights);
        var second = CheckDigit(characters[..13], CnpjSecondWeights);
        return characters[12] - '0' == first && characters[13] - '0' == second;
    }

    // Modulo 11 as the Receita Federal defines it; a character counts as its ASCII code minus 48, which gives
    // digits their own value and letters of the alphanumeric CNPJ the values 17 ('A') to 42 ('Z').
    private static int CheckDigit(string characters, int[] weights)
    {
        var sum = characters.Select((character, index) => (character - '0') * weights[index]).Sum();
        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
