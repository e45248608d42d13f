using BackOffice.Application.Ops;

namespace BackOffice.Functions.Features.Ops;

public static class OrderActionResults
{
    public static IResult From(OrderActionResult result, string orderId) => result switch
    {
        { Found: false } => OpsProblems.NotFound(orderId),
        { Refusal: { } refusal } => TypedResults.Problem(refusal, statusCode: StatusCodes.Status409Conflict, title: "The order's rules refuse this action"),
        { Order: { } order } => TypedResults.Ok(order),
        _ => throw new InvalidOperationException("An order action result with neither order nor refusal."),
    };
}
