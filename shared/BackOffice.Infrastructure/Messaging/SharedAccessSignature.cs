using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Infrastructure.Messaging;

/// <summary>Service Bus SAS token: HMAC-SHA256 over "{url-encoded resource}\n{expiry}" with the shared access key.</summary>
public static class SharedAccessSignature
{
    public static string Create(string resourceUri, string keyName, string key, DateTimeOffset expiresAt)
    {
        var encodedResource = WebUtility.UrlEncode(resourceUri);
        var expiry = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes($"{encodedResource}\n{expiry}")));
        return $"SharedAccessSignature sr={encodedResource}&sig={WebUtility.UrlEncode(signature)}&se={expiry}&skn={WebUtility.UrlEncode(keyName)}";
    }
}
