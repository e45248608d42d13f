namespace BackOffice.Application.Orders;

/// <param name="ContinuationToken">Where the next page starts; null on the last page. Opaque: hand it back as it came.</param>
public sealed record OrderPage<T>(IReadOnlyList<T> Items, string? ContinuationToken);
