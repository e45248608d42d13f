using BackOffice.Application.Callbacks;
using BackOffice.Application.Callbacks.Readers;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Callbacks;

/// <summary>Each partner's callback authentication, configured with the secret agreed with that partner.</summary>
public static class CallbackPartners
{
    public static IReadOnlyList<CallbackPartner> From(IConfiguration configuration) =>
    [
        new("pagarme", new BasicCredentialsAuthenticator(RequiredSetting.Get(configuration, "Pagarme:WebhookUser"), RequiredSetting.Get(configuration, "Pagarme:WebhookPassword")), new PagarmeCallbackReader()),
        new("clearsale", new SharedSecretHeaderAuthenticator("X-ClearSale-Token", RequiredSetting.Get(configuration, "ClearSale:CallbackToken")), new ClearSaleCallbackReader()),
        new("focusnfe", new SharedSecretHeaderAuthenticator(
            configuration["FocusNfe:HookAuthorizationHeader"] is { Length: > 0 } header ? header : "Authorization",
            RequiredSetting.Get(configuration, "FocusNfe:HookAuthorization")), new FocusNfeCallbackReader()),
        new("melhorenvio", new HmacBase64SignatureAuthenticator("X-ME-Signature", RequiredSetting.Get(configuration, "MelhorEnvio:WebhookSecret")), new MelhorEnvioCallbackReader()),
    ];
}
