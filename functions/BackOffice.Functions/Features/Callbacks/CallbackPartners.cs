using BackOffice.Application.Callbacks;
using BackOffice.Application.Callbacks.Readers;

namespace BackOffice.Functions.Features.Callbacks;

/// <summary>Each partner's callback authentication, configured with the secret agreed with that partner.</summary>
public static class CallbackPartners
{
    public static IReadOnlyList<CallbackPartner> From(IConfiguration configuration) =>
    [
        new("pagarme", new BasicCredentialsAuthenticator(Required(configuration, "Pagarme:WebhookUser"), Required(configuration, "Pagarme:WebhookPassword")), new PagarmeCallbackReader()),
        new("clearsale", new SharedSecretHeaderAuthenticator("X-ClearSale-Token", Required(configuration, "ClearSale:CallbackToken")), new ClearSaleCallbackReader()),
        new("focusnfe", new SharedSecretHeaderAuthenticator(
            configuration["FocusNfe:HookAuthorizationHeader"] is { Length: > 0 } header ? header : "Authorization",
            Required(configuration, "FocusNfe:HookAuthorization")), new FocusNfeCallbackReader()),
        new("melhorenvio", new HmacBase64SignatureAuthenticator("X-ME-Signature", Required(configuration, "MelhorEnvio:WebhookSecret")), new MelhorEnvioCallbackReader()),
    ];

    private static string Required(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The {key.Replace(":", "__", StringComparison.Ordinal)} setting is required.");
}
