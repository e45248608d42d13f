using BackOffice.Application.Callbacks;
using BackOffice.Application.Callbacks.Readers;
using BackOffice.Functions.Hosting;
using BackOffice.Partners.MelhorEnvio;
using BackOffice.Partners.Pagarme;

namespace BackOffice.Functions.Features.Callbacks;

/// <summary>Each partner's callback authentication, configured with the secret (or published key set) of that partner.</summary>
public static class CallbackPartners
{
    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        // Pagar.me signs with its own RSA key (RS256, keys from its JWKS): there is no secret of ours to configure.
        services.AddSingleton(provider => new CallbackPartner(
            "pagarme", new RsaSignatureAuthenticator("X-Webhook-Asymmetric-Signature", provider.GetRequiredService<PagarmeWebhookKeys>()), new PagarmeCallbackReader()));
        services.AddSingleton(new CallbackPartner(
            "clearsale", new SharedSecretHeaderAuthenticator("X-ClearSale-Token", RequiredSetting.Get(configuration, "ClearSale:CallbackToken")), new ClearSaleCallbackReader()));
        services.AddSingleton(new CallbackPartner(
            "focusnfe",
            new SharedSecretHeaderAuthenticator(
                configuration["FocusNfe:HookAuthorizationHeader"] is { Length: > 0 } header ? header : "Authorization",
                RequiredSetting.Get(configuration, "FocusNfe:HookAuthorization")),
            new FocusNfeCallbackReader()));
        // Melhor Envio's webhook names the label only: its owner is read from the label, with a client the factory renews.
        var melhorEnvioSecret = RequiredSetting.Get(configuration, "MelhorEnvio:WebhookSecret");
        services.AddTransient(provider => new CallbackPartner(
            "melhorenvio",
            new HmacSignatureAuthenticator("X-ME-Signature", melhorEnvioSecret),
            new MelhorEnvioCallbackReader(),
            provider.GetRequiredService<MelhorEnvioLabelOwner>()));
    }
}
