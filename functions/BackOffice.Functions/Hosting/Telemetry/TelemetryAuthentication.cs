using Azure.Core;
using Azure.Identity;

namespace BackOffice.Functions.Hosting.Telemetry;

/// <summary>
/// Application Insights with local authentication off (infra/) accepts telemetry only with an Entra token. The Functions
/// host reads <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> (<c>ClientId=&lt;id&gt;;Authorization=AAD</c>) for its own
/// telemetry; the Azure Monitor exporter in this handler does not read it (1.10.0 knows only the connection string), so
/// the same setting is turned into the exporter's credential here, or the handler's telemetry would be refused.
/// </summary>
public static class TelemetryAuthentication
{
    public const string Setting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <returns>Null when the setting does not ask for Entra ID (the connection string alone is then enough).</returns>
    public static TokenCredential? CredentialFrom(string? authenticationString)
    {
        var parts = (authenticationString ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var authorization) || !string.Equals(authorization, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = parts.GetValueOrDefault("ClientId") is { Length: > 0 } clientId ? clientId : null,
        });
    }
}
