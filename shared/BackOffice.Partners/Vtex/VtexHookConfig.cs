namespace BackOffice.Partners.Vtex;

/// <summary><c>/api/orders/hook/config</c> (vtex/openapi-schemas, "VTEX - Orders API.json", HookConfigurationRequest).</summary>
public sealed record VtexHookConfig(VtexConfigFilter? Filter, VtexHookTarget? Hook);

/// <summary>Where VTEX posts, with the headers it adds: VTEX signs nothing, the secret header is what proves it.</summary>
public sealed record VtexHookTarget(string? Url, IReadOnlyDictionary<string, string>? Headers);

/// <summary><c>FromWorkflow</c> with the order states to report.</summary>
public sealed record VtexConfigFilter(string? Type, IReadOnlyList<string>? Status);

/// <summary><c>/api/orders/feed/config</c>: the filter and the queue's visibility and retention (at most 1209600 s).</summary>
public sealed record VtexFeedConfig(VtexConfigFilter? Filter, VtexFeedQueue? Queue);

/// <param name="MessageRetentionPeriodInSeconds">Spelt with a capital M in VTEX's request schema (its GET answers in camelCase).</param>
public sealed record VtexFeedQueue(
    int VisibilityTimeoutInSeconds,
    [property: System.Text.Json.Serialization.JsonPropertyName("MessageRetentionPeriodInSeconds")] int MessageRetentionPeriodInSeconds);
