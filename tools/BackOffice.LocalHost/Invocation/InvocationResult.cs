namespace BackOffice.LocalHost.Invocation;

public sealed record InvocationResult(Guid InvocationId, bool Succeeded, string? Error, InvocationResponse? Response, TimeSpan Duration)
{
    public static InvocationResult Success(Guid id, InvocationResponse response, TimeSpan duration) => new(id, true, null, response, duration);

    public static InvocationResult Failure(Guid id, string error, InvocationResponse? response, TimeSpan duration) => new(id, false, error, response, duration);
}
