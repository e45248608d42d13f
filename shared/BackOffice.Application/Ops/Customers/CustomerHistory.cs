using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops.Customers;

/// <summary>Every order of a customer, found by e-mail or CPF/CNPJ (exact match, through the hashed index).</summary>
public sealed class CustomerHistory(ICustomerIndex index, CustomerKeys keys, IOrderRepository orders)
{
    public const int MaxOrders = 200;

    /// <summary>Indexes a new order under its customer's e-mail and CPF/CNPJ; safe to repeat.</summary>
    public Task IndexAsync(Order order, CancellationToken cancellationToken) =>
        keys.KeysOf(order.Customer) is { Count: > 0 } customerKeys ? index.AddAsync(customerKeys, order.Id.Value, cancellationToken) : Task.CompletedTask;

    /// <returns>Null when the term is neither an e-mail nor a valid CPF/CNPJ.</returns>
    public async Task<IReadOnlyList<CustomerOrder>?> SearchAsync(string term, CancellationToken cancellationToken)
    {
        if (keys.KeyOf(term) is not { } key)
        {
            return null;
        }

        var found = new List<CustomerOrder>();
        foreach (var orderId in await index.FindOrderIdsAsync(key, MaxOrders, cancellationToken))
        {
            if (OrderId.TryParse(orderId, out var id) && await orders.FindAsync(id!, cancellationToken) is { } tracked)
            {
                found.Add(Describe(tracked.Order));
            }
        }

        return [.. found.OrderByDescending(order => order.PlacedAt)];
    }

    private static CustomerOrder Describe(Order order)
    {
        var problems = new List<string>();
        if (order.Attention is { } attention)
        {
            problems.Add($"needs attention at {attention.ResumeTo}: {attention.Reason}");
        }

        if (order.Invoice?.RejectionReason is { } rejection)
        {
            problems.Add($"NF-e rejected: {rejection}");
        }

        if (order.Shipment?.FailureReason is { } failure)
        {
            problems.Add($"delivery failed: {failure}");
        }

        if (order.Status == OrderStatus.Cancelled && order.Timeline.LastOrDefault(entry => entry.Status == OrderStatus.Cancelled && entry.Event != "CompensationCompleted") is { } cancelled)
        {
            problems.Add($"cancelled ({cancelled.Event}){(cancelled.Detail is { } detail ? ": " + detail : "")}");
        }

        return new CustomerOrder(order.Id.Value, order.Status.ToString(), order.PlacedAt, order.UpdatedAt, order.Amounts.TotalCents, order.Amounts.Currency.Code, problems);
    }
}
