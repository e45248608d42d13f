using BackOffice.Application.Orders;

namespace BackOffice.Functions.Features.Ops;

public sealed record OrderList(string Status, int Count, IReadOnlyList<OrderSummary> Orders);
