namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// What the gate needs to know about a partner: how it checks credentials and how its errors look, so that
/// a 401 or an injected 500 is in the shape the real partner uses.
/// </summary>
public sealed record PartnerProfile(string Name, Func<HttpRequest, bool> IsAuthorized, Func<int, string, object> ErrorBody)
{
    public IResult Error(int status, string message) => Results.Json(ErrorBody(status, message), SandboxJson.Options, statusCode: status);

    public PartnerReply ErrorReply(int status, string message) => PartnerReply.Json(status, ErrorBody(status, message));
}
