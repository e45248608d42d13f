using BackOffice.Application.Ops;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

/// <summary>
/// What the ops page shows when a person opens one order: <c>GET /api/ops/orders/{orderId}/customer</c> (personal data in
/// clear, each opening logged with the person), <c>.../payloads</c> (raw inbound payloads) and
/// <c>.../documents/{xml|danfe|label}</c>.
/// </summary>
public static class OrderDetailsFunctions
{
    public static readonly FunctionDefinition Customer =
        new("OpsOrderCustomer", new HttpTrigger(["get"], "ops/orders/{orderId}/customer", AuthLevel: "function"), CustomerAsync);

    public static readonly FunctionDefinition Payloads =
        new("OpsOrderPayloads", new HttpTrigger(["get"], "ops/orders/{orderId}/payloads", AuthLevel: "function"), PayloadsAsync);

    public static readonly FunctionDefinition Documents =
        new("OpsOrderDocument", new HttpTrigger(["get"], "ops/orders/{orderId}/documents/{kind}", AuthLevel: "function"), DocumentAsync);

    private static async Task<IResult> CustomerAsync(
        string orderId, HttpRequest request, OpsIdentity identity, OrderDetails details, ILogger<OrderDetails> logger, CancellationToken cancellationToken)
    {
        if (identity.PersonOf(request) is not { } person)
        {
            return OpsProblems.SignInRequired();
        }

        if (!OrderId.TryParse(orderId, out var id) || await details.PersonalDataAsync(id!, cancellationToken) is not { } data)
        {
            return OpsProblems.NotFound(orderId);
        }

        logger.LogInformation("Personal data of order {OrderId} opened by {Person}", orderId, person);
        return TypedResults.Ok(data);
    }

    private static async Task<IResult> PayloadsAsync(string orderId, OrderDetails details, CancellationToken cancellationToken) =>
        OrderId.TryParse(orderId, out var id) && await details.PayloadsAsync(id!, cancellationToken) is { } payloads
            ? TypedResults.Ok(payloads)
            : OpsProblems.NotFound(orderId);

    private static async Task<IResult> DocumentAsync(string orderId, string kind, OrderDetails details, CancellationToken cancellationToken)
    {
        if (kind is not (OrderDetails.Xml or OrderDetails.Danfe or OrderDetails.Label))
        {
            return TypedResults.Problem("The document is one of xml, danfe, label.", statusCode: StatusCodes.Status404NotFound, title: "Unknown document");
        }

        if (!OrderId.TryParse(orderId, out var id))
        {
            return OpsProblems.NotFound(orderId);
        }

        return await details.DocumentAsync(id!, kind, cancellationToken) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.Problem($"Order '{orderId}' has no {kind} (yet).", statusCode: StatusCodes.Status404NotFound, title: "No such document");
    }
}
