using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.MelhorEnvio;

/// <summary>Melhor Envio: OAuth2 bearer token; errors are Laravel's <c>{ message, errors }</c>.</summary>
public static class MelhorEnvioProfile
{
    public static readonly PartnerProfile Instance = new(
        PartnerNames.MelhorEnvio,
        Credentials.HasBearer,
        (status, message) => status == StatusCodes.Status401Unauthorized
            ? new { message = "Unauthenticated." }
            : new { message, errors = new Dictionary<string, string[]>() });
}
