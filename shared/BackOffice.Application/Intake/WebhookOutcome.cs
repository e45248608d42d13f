namespace BackOffice.Application.Intake;

public abstract record WebhookOutcome
{
    public sealed record Accepted(string OrderId, bool Repeated) : WebhookOutcome;

    /// <param name="Errors">Field paths and what is wrong with each, where the input was well-formed but invalid.</param>
    public sealed record Rejected(WebhookRejection Reason, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null) : WebhookOutcome;
}
