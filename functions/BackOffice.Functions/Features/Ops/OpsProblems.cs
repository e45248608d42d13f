namespace BackOffice.Functions.Features.Ops;

public static class OpsProblems
{
    public static IResult NotFound(string orderId) => TypedResults.Problem(
        $"No order '{orderId}'. Order ids are '<channel>-<external id>' in lower case.", statusCode: StatusCodes.Status404NotFound, title: "Order not found");

    public static IResult SignInRequired() => TypedResults.Problem(
        "Sign in (App Service authentication) to act on orders: the timeline records who acted.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required");
}
