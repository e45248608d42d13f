namespace BackOffice.Application.Intake;

public enum WebhookRejection
{
    /// <summary>Missing or wrong signature.</summary>
    Unauthorized,

    /// <summary>Not parseable as JSON.</summary>
    Malformed,

    /// <summary>Well-formed, but not a valid order.</summary>
    InvalidOrder,
}
