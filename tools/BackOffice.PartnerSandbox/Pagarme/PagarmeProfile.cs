using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Pagarme;

/// <summary>Pagar.me v5: HTTP Basic with the secret key as user; errors are <c>{ message, errors }</c>.</summary>
public static class PagarmeProfile
{
    public static readonly PartnerProfile Instance = new(
        PartnerNames.Pagarme,
        Credentials.HasBasicUser,
        (status, message) => status == StatusCodes.Status401Unauthorized
            ? new { message = "Authorization has been denied for this request." }
            : new { message, errors = new Dictionary<string, string[]>() });
}
