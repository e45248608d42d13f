namespace BackOffice.Application.Intake;

public abstract record WebhookOutcome
{
    /// <param name="Repeated">Null when the answer does not know: an ack that only queued the delivery for its intake.</param>
    public sealed record Accepted(string OrderId, bool? Repeated) : WebhookOutcome;

    /// <summary>A sender's check that the endpoint is there (VTEX's hook ping): answered 200, nothing stored.</summary>
    public sealed record Ping : WebhookOutcome;

    /// <summary>
    /// Verified, but not usable as it is: kept for a person (see <c>Channels.Parking.DeliveryParking</c>) and answered 2xx,
    /// because Shopify and VTEX take any other answer as a failure and may drop the subscription.
    /// </summary>
    public sealed record Parked(string ParkedId, string Reason) : WebhookOutcome;

    /// <param name="Errors">Field paths and what is wrong with each, where the input was well-formed but invalid.</param>
    public sealed record Rejected(WebhookRejection Reason, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null) : WebhookOutcome;
}
