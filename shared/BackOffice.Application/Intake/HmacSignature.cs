using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Application.Intake;

public static class HmacSignature
{
    public static byte[] Compute(string secret, ReadOnlySpan<byte> body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);

    /// <summary>Constant-time comparison, so the answer time leaks nothing about the expected signature.</summary>
    public static bool Matches(byte[] expected, byte[]? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(expected, presented);
}
