namespace BackOffice.Functions.Features.Ops;

public static class OpsProblems
{
    /// <summary>Who acts, for the timeline; in Azure the caller's identity comes from the ops front end.</summary>
    public const string PersonHeader = "X-Ops-User";

    public static IResult NotFound(string orderId) => TypedResults.Problem(
        $"No order '{orderId}'. Order ids are '<channel>-<external id>' in lower case.", statusCode: StatusCodes.Status404NotFound, title: "Order not found");

    public static string PersonOf(HttpRequest request) =>
        request.Headers[PersonHeader].FirstOrDefault() is { Length: > 0 and <= 100 } person ? person : "ops";
}
