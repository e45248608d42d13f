namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// A simulator's answer, kept as a value so that an idempotent replay can return exactly the first answer.
/// Bodies are snapshots (never live state), so a stored reply does not change later.
/// </summary>
public sealed record PartnerReply(int Status, object? Body, string? ContentType = null)
{
    public static PartnerReply Json(int status, object? body) => new(status, body);

    public static PartnerReply Empty(int status) => new(status, null);

    public IResult ToResult() => Body switch
    {
        null => Results.StatusCode(Status),
        byte[] bytes => Results.Bytes(bytes, ContentType ?? "application/octet-stream"),
        _ => Results.Json(Body, SandboxJson.Options, ContentType, Status),
    };
}
