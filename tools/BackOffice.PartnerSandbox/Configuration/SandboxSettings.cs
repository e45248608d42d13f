namespace BackOffice.PartnerSandbox.Configuration;

/// <summary>
/// Everything the sandbox can be told from outside. Defaults are dev-only values that match the checked-in
/// local.settings.json; the setting names are listed in <see cref="SettingsLoader"/>.
/// </summary>
public sealed record SandboxSettings
{
    public int Port { get; init; } = 7080;

    /// <summary>Where callbacks go: <c>{HubBaseUrl}/api/callbacks/{partner}</c>.</summary>
    public Uri HubBaseUrl { get; init; } = new("http://127.0.0.1:7071/");

    /// <summary>Delay before a callback for a synchronous change (a Pagar.me capture, say) is sent.</summary>
    public TimeSpan CallbackDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time until a PIX/boleto charge is paid (or fails for <c>+decline</c>).</summary>
    public TimeSpan PaymentDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time from NVO to the ClearSale decision.</summary>
    public TimeSpan RiskDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time from <c>processando_autorizacao</c> to SEFAZ's answer.</summary>
    public TimeSpan NfeDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time between the carrier's steps: generated → posted → in transit → delivered.</summary>
    public TimeSpan CarrierStepDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an injected "timeout" holds the request (or until the client gives up).</summary>
    public TimeSpan FaultTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Seed for fault injection so that a run with rates between 0 and 1 can be replayed.</summary>
    public int? FaultSeed { get; init; }

    public int CallbackAttempts { get; init; } = 5;

    /// <summary>Share of callbacks sent a second time, later (chaos runs); 0 by default.</summary>
    public double CallbackDuplicateRate { get; init; }

    /// <summary>Up to this much extra delay, at random, on every callback (chaos runs); none by default.</summary>
    public TimeSpan CallbackLate { get; init; }

    /// <summary>First back-off between callback attempts; doubled after each failed attempt.</summary>
    public TimeSpan CallbackRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Sent in <c>X-ClearSale-Token</c> on status-change callbacks.</summary>
    public string ClearSaleCallbackToken { get; init; } = "dev-clearsale-callback-token-not-for-production";

    /// <summary>The value Focus NFe echoes in the hook's authorization header.</summary>
    public string FocusNfeHookAuthorization { get; init; } = "dev-focusnfe-hook-token-not-for-production";

    /// <summary>The header Focus NFe puts <see cref="FocusNfeHookAuthorization"/> in (the hook's authorization_header).</summary>
    public string FocusNfeHookAuthorizationHeader { get; init; } = "Authorization";

    /// <summary>Key of the <c>X-ME-Signature</c> HMAC.</summary>
    public string MelhorEnvioWebhookSecret { get; init; } = "dev-melhorenvio-webhook-secret-not-for-production";

    /// <summary>Key of the <c>X-Hub-Signature-256</c> HMAC on the hub's store events (the hub's <c>Hub__Events__Secret</c>).</summary>
    public string StoreEventSecret { get; init; } = "dev-hub-events-secret-not-for-production";
}
