using BackOffice.Application.Ops.Customers;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

/// <summary><c>POST /api/ops/customers/search {"query":"e-mail or CPF/CNPJ"}</c>: every order of that customer.</summary>
public static class SearchCustomerFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsSearchCustomer", new HttpTrigger(["post"], "ops/customers/search", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(CustomerSearchRequest? body, CustomerHistory history, CancellationToken cancellationToken) =>
        body?.Query is { Length: > 0 and <= 320 } query && await history.SearchAsync(query, cancellationToken) is { } orders
            ? TypedResults.Ok(new CustomerOrders(orders.Count, orders))
            : TypedResults.Problem(
                "The body must be {\"query\": \"...\"} with an e-mail address or a valid CPF/CNPJ.", statusCode: StatusCodes.Status400BadRequest, title: "E-mail or CPF/CNPJ required");
}

public sealed record CustomerOrders(int Count, IReadOnlyList<CustomerOrder> Orders);
