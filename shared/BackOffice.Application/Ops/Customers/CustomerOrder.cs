namespace BackOffice.Application.Ops.Customers;

/// <summary>One order of a customer as customer service sees it. No personal data: the search term already names them.</summary>
/// <param name="Problems">What went wrong or waits: attention reason, NF-e rejection, failed delivery, cancellation reason.</param>
public sealed record CustomerOrder(
    string OrderId, string Status, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt, long TotalCents, string Currency, IReadOnlyList<string> Problems);
