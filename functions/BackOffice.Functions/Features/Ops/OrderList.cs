using BackOffice.Application.Orders;

namespace BackOffice.Functions.Features.Ops;

/// <param name="ContinuationToken">Pass as <c>continuationToken</c> for the next page; null on the last page.</param>
public sealed record OrderList(string Status, int Count, IReadOnlyList<OrderSummary> Orders, string? ContinuationToken);
