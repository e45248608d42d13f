namespace BackOffice.Application.Intake;

public enum WebhookRejection
{
    /// <summary>Missing or wrong signature.</summary>
    Unauthorized,

    /// <summary>Not parseable as JSON.</summary>
    Malformed,

    /// <summary>Well-formed, but not a valid order (or callback).</summary>
    InvalidOrder,

    /// <summary>No such partner, or no such order for the callback.</summary>
    UnknownTarget,
}
