using System.Security.Cryptography;

namespace BackOffice.PartnerSandbox.Shared;

/// <summary>Partner-looking identifiers (<c>or_…</c>, <c>ch_…</c>) and random digit strings.</summary>
public static class SandboxIds
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Prefix plus 16 random letters and digits, the shape of Pagar.me ids.</summary>
    public static string Random(string prefix) => prefix + RandomNumberGenerator.GetString(Alphabet, 16);

    public static string Digits(int count) => RandomNumberGenerator.GetString("0123456789", count);
}
