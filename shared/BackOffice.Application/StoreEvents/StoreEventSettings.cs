namespace BackOffice.Application.StoreEvents;

/// <summary>Where and how the hub tells the store on its own format about its orders (settings <c>Hub__Events__*</c>).</summary>
/// <param name="Url">The store's endpoint; null sends nothing (the store does not listen).</param>
/// <param name="Secret">Key of the <c>X-Hub-Signature-256</c> HMAC, shared with the store.</param>
/// <param name="RetryBaseDelay">The first back-off after a failed attempt; later ones grow (see <see cref="StoreEventRetrySchedule"/>).</param>
/// <param name="RetryFor">How long an event is retried before it waits for a person (the ops replay).</param>
/// <param name="Timeout">How long one attempt waits for the store's answer.</param>
/// <param name="TrackingUrlTemplate">The customer's tracking page, <c>{code}</c> standing for the tracking code.</param>
/// <param name="DocumentLinkLifetime">How long the NF-e XML and DANFE links in an event stay valid.</param>
public sealed record StoreEventSettings(
    Uri? Url,
    string Secret,
    TimeSpan RetryBaseDelay,
    TimeSpan RetryFor,
    TimeSpan Timeout,
    string TrackingUrlTemplate,
    TimeSpan DocumentLinkLifetime)
{
    public static readonly StoreEventSettings Default = new(
        null, "", TimeSpan.FromMinutes(1), TimeSpan.FromDays(1), TimeSpan.FromSeconds(10),
        "https://www.melhorrastreio.com.br/rastreio/{code}", TimeSpan.FromDays(7));

    public bool IsEnabled => Url is not null;
}
