using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace BackOffice.Application.Telemetry;

/// <summary>
/// Masks personal data in text bound for logs and traces: e-mail addresses, CPF and CNPJ (formatted or bare), Brazilian
/// phone numbers, card numbers, postal codes (CEP) and street addresses. A last line of defence: code should not log
/// them in the first place, but a partner's error body or an exception message may carry them.
/// </summary>
public static partial class PersonalDataRedactor
{
    public const string Mask = "***";

    /// <summary>Attribute names whose whole value is personal data, whatever it looks like.</summary>
    private static readonly string[] SensitiveNames = ["email", "document", "cpf", "cnpj", "taxid", "phone", "address", "street", "card", "customername", "postalcode", "cep"];

    /// <summary>
    /// OpenTelemetry's names for the server's side of a connection (a partner's host on an outgoing call, our own on an
    /// incoming one): never a customer's. Masking them would hide which partner failed (Application Insights makes a
    /// dependency's target of server.address). client.address, the caller's IP, stays masked.
    /// </summary>
    private static readonly string[] ServerNames = ["server.address", "network.peer.address", "network.local.address"];

    /// <summary>
    /// The answer of <see cref="IsSensitiveName"/> per attribute name: every span tag and log attribute asks it, and the
    /// names are the few that the instrumentations and our templates use. Bounded, in case some caller makes names up.
    /// </summary>
    private static readonly ConcurrentDictionary<string, bool> SensitiveByName = new(StringComparer.Ordinal);

    private const int SensitiveByNameLimit = 4096;

    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var redacted = Email().Replace(text, match => $"{match.Value[0]}{Mask}@{match.Groups["domain"].Value}");
        redacted = Cnpj().Replace(redacted, Mask + "cnpj");
        redacted = Card().Replace(redacted, match => PassesLuhn(match.Value) ? Mask + "card" : match.Value);
        redacted = Cpf().Replace(redacted, Mask + "cpf");
        redacted = Phone().Replace(redacted, Mask + "phone");
        redacted = PostalCode().Replace(redacted, Mask + "cep");
        redacted = Street().Replace(redacted, match => $"{match.Groups["kind"].Value} {Mask}");
        return redacted;
    }

    /// <summary>True when an attribute of this name holds personal data whatever its value (customer.email, say).</summary>
    public static bool IsSensitiveName(string name)
    {
        if (SensitiveByName.TryGetValue(name, out var known))
        {
            return known;
        }

        var sensitive = NameIsSensitive(name);
        if (SensitiveByName.Count < SensitiveByNameLimit)
        {
            SensitiveByName.TryAdd(name, sensitive);
        }

        return sensitive;
    }

    private static bool NameIsSensitive(string name)
    {
        var compact = name.Replace(".", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        if (ServerNames.Contains(name, StringComparer.Ordinal))
        {
            return false;
        }

        return SensitiveNames.Any(sensitive => compact.EndsWith(sensitive, StringComparison.Ordinal) || compact.StartsWith(sensitive, StringComparison.Ordinal));
    }

    public static object? RedactValue(string name, object? value) => value switch
    {
        null => null,
        _ when IsSensitiveName(name) => Mask,
        string text => Redact(text),
        _ => value,
    };

    private static bool PassesLuhn(string candidate)
    {
        var digits = candidate.Where(char.IsAsciiDigit).Select(digit => digit - '0').Reverse().ToArray();
        var sum = digits.Select((digit, index) => index % 2 == 1 ? (digit * 2 > 9 ? (digit * 2) - 9 : digit * 2) : digit).Sum();
        return sum % 10 == 0;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@(?<domain>[A-Za-z0-9.\-]+\.[A-Za-z]{2,})")]
    private static partial Regex Email();

    // A card number as it is written: 13 to 19 digits in one run, or in fours (4-4-4-4, up to 19 digits), or Amex/Diners'
    // 4-6-5 / 4-6-4, grouped by spaces or dashes alike; then a valid Luhn check digit. Never a piece of an id: nothing
    // joined before it ("...:replay-1764547200000") or after it ("1379698872500-01:handling:...", a VTEX order id and
    // its delivery id, 13 digits then "-01" — a grouping no card has, which the Luhn check alone let through 1 time in 10).
    [GeneratedRegex(@"(?<![\w.:\-])(?:\d{13,19}|\d{4}(?<sep>[ \-])\d{4}\k<sep>\d{4}\k<sep>\d{1,4}(?:\k<sep>\d{1,3})?|\d{4}(?<amex>[ \-])\d{6}\k<amex>\d{4,5})(?![\w]|[.:\-]\w)")]
    private static partial Regex Card();

    // 11.222.333/0001-81, 11222333000181, and the alphanumeric CNPJ (12 letters or digits, 2 digits).
    [GeneratedRegex(@"(?<![\w])(?:[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-\d{2}|\d{14})(?![\w])")]
    private static partial Regex Cnpj();

    // 529.982.247-25 and 52998224725.
    [GeneratedRegex(@"(?<![\w.])(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w])")]
    private static partial Regex Cpf();

    // +55 11 91234-5678, (11) 91234-5678, 11912345678 is caught by the CPF rule already.
    [GeneratedRegex(@"(?:\+55[\s\-]?)?\(?\b\d{2}\)?[\s\-]?9?\d{4}[\s\-]\d{4}\b")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b\d{5}-\d{3}\b")]
    private static partial Regex PostalCode();

    // "Av. Paulista, 1000", "Rua das Flores 12": the street name and what follows up to a separator.
    [GeneratedRegex(@"\b(?<kind>Rua|R\.|Avenida|Av\.|Alameda|Al\.|Travessa|Tv\.|Rodovia|Estrada|Praça|Largo)\s+[^,;""\n]{2,60}(?:,\s*\d+[A-Za-z]?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Street();
}
