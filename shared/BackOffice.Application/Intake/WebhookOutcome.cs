namespace BackOffice.Application.Intake;

public abstract record WebhookOutcome
{
    public sealed record Accepted(string OrderId, bool Repeated) : WebhookOutcome;

    /// <summary>A sender's check that the endpoint is there (VTEX's hook ping): answered 200, nothing stored.</summary>
    public sealed record Ping : WebhookOutcome;

    /// <param name="Errors">Field paths and what is wrong with each, where the input was well-formed but invalid.</param>
    public sealed record Rejected(WebhookRejection Reason, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null) : WebhookOutcome;
}
