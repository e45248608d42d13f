using System.Text;
using System.Text.Json;

namespace BackOffice.Functions.Features.Ops;

/// <summary>
/// Who acts, for the timeline. In Azure with App Service authentication (Easy Auth) on, the signed-in identity that the
/// platform puts in X-MS-CLIENT-PRINCIPAL-NAME / X-MS-CLIENT-PRINCIPAL; App Service strips those headers from incoming
/// requests, so a caller cannot choose them. In Azure without it, only the function key is known: a caller's header is
/// not believed. Locally the page is open and <see cref="LocalPersonHeader"/> names the person.
/// </summary>
/// <remarks>https://learn.microsoft.com/azure/app-service/configure-authentication-user-identities</remarks>
public sealed class OpsIdentity(bool runsInAzure, bool authenticationEnabled)
{
    public const string LocalPersonHeader = "X-Ops-User";
    public const string PrincipalNameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The person recorded when the app runs in Azure without sign-in: whoever holds a function key.</summary>
    public const string FunctionKeyHolder = "function-key";

    private static readonly string[] NameClaims = ["preferred_username", "name", "email", "upn", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"];

    public bool RequiresSignIn => authenticationEnabled;

    /// <summary>App Service sets WEBSITE_SITE_NAME on every app, and WEBSITE_AUTH_ENABLED=True when authentication is on.</summary>
    public static OpsIdentity From(IConfiguration configuration) => new(
        !string.IsNullOrEmpty(configuration["WEBSITE_SITE_NAME"]),
        string.Equals(configuration["WEBSITE_AUTH_ENABLED"], "true", StringComparison.OrdinalIgnoreCase));

    /// <returns>Null when sign-in is required and the request carries no signed-in identity.</returns>
    public string? PersonOf(HttpRequest request)
    {
        if (authenticationEnabled)
        {
            return Bounded(request.Headers[PrincipalNameHeader].FirstOrDefault()) ?? NameFromPrincipal(request.Headers[PrincipalHeader].FirstOrDefault());
        }

        return runsInAzure ? FunctionKeyHolder : Bounded(request.Headers[LocalPersonHeader].FirstOrDefault()) ?? "ops";
    }

    private static string? Bounded(string? name) => name is { Length: > 0 and <= 200 } ? name : null;

    /// <summary>X-MS-CLIENT-PRINCIPAL is base64 JSON: {"auth_typ", "claims": [{"typ", "val"}], "name_typ", "role_typ"}.</summary>
    private static string? NameFromPrincipal(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }

        try
        {
            using var principal = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
            if (!principal.RootElement.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var nameType = principal.RootElement.TryGetProperty("name_typ", out var type) ? type.GetString() : null;
            var values = claims.EnumerateArray()
                .Where(claim => claim.TryGetProperty("typ", out _) && claim.TryGetProperty("val", out _))
                .Select(claim => (Type: claim.GetProperty("typ").GetString(), Value: claim.GetProperty("val").GetString()))
                .ToList();
            return (nameType is null ? [] : new[] { nameType }).Concat(NameClaims)
                .Select(wanted => Bounded(values.FirstOrDefault(claim => claim.Type == wanted).Value))
                .FirstOrDefault(name => name is not null);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
