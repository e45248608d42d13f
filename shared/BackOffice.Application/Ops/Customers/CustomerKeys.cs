using System.Security.Cryptography;
using System.Text;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops.Customers;

/// <summary>
/// What the customer index is keyed by: a keyed hash (HMAC-SHA256) of the normalized e-mail or CPF/CNPJ, so the index
/// never holds them in clear and cannot be reversed by hashing every CPF (a plain hash of a CPF can).
/// </summary>
public sealed class CustomerKeys(byte[] key)
{
    /// <returns>Null when the text is neither an e-mail nor a CPF/CNPJ.</returns>
    public string? KeyOf(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Contains('@', StringComparison.Ordinal))
        {
            return Hash("email:" + trimmed.ToLowerInvariant());
        }

        return TaxId.TryParse(trimmed, out var taxId) ? Hash("taxid:" + taxId.Digits) : null;
    }

    public IReadOnlyList<string> KeysOf(Customer customer) =>
        [.. new[] { customer.Email, customer.Document }.OfType<string>().Select(KeyOf).OfType<string>().Distinct()];

    private string Hash(string normalized) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalized)));
}
