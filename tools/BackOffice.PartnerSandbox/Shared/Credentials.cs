using System.Text;

namespace BackOffice.PartnerSandbox.Shared;

/// <summary>Header checks shared by the partner profiles; any non-empty credential is accepted.</summary>
public static class Credentials
{
    public static bool HasBasicUser(HttpRequest request)
    {
        var value = Scheme(request, "Basic");
        if (value is null)
        {
            return false;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return (colon < 0 ? decoded : decoded[..colon]).Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static bool HasBearer(HttpRequest request) => Scheme(request, "Bearer") is { Length: > 0 };

    public static bool HasHeader(HttpRequest request, string name)
        => request.Headers.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value.ToString());

    private static string? Scheme(HttpRequest request, string scheme)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(scheme + " ", StringComparison.OrdinalIgnoreCase)
            ? header[(scheme.Length + 1)..].Trim()
            : null;
    }
}
