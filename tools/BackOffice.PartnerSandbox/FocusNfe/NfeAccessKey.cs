using System.Globalization;

namespace BackOffice.PartnerSandbox.FocusNfe;

/// <summary>
/// Builds a well-formed 44-digit NF-e access key (cUF, AAMM, CNPJ, model 55, series, number, emission type, cNF and
/// the mod-11 check digit), so that a hub validating the key's layout accepts sandbox invoices.
/// </summary>
public static class NfeAccessKey
{
    public static string Create(string cnpj, DateTimeOffset issuedAt, int serie, long numero, string randomCode)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"35{issuedAt:yyMM}{cnpj}55{serie:D3}{numero:D9}1{randomCode}");
        return body + CheckDigit(body);
    }

    public static int CheckDigit(string digits)
    {
        var sum = 0;
        var weight = 2;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            sum += (digits[i] - '0') * weight;
            weight = weight == 9 ? 2 : weight + 1;
        }

        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
