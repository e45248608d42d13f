namespace BackOffice.Domain.Orders;

/// <param name="Reference">Our reference at the fiscal API: the idempotency key of this NF-e attempt.</param>
/// <param name="AccessKey">The 44-digit NF-e key.</param>
/// <param name="XmlLocation">Where the authorized XML is kept (blob).</param>
/// <param name="DanfeLocation">Where the DANFE PDF is kept (blob).</param>
public sealed record InvoiceInfo(
    string Reference,
    int Attempt,
    InvoiceState State,
    string? AccessKey = null,
    string? Number = null,
    string? Series = null,
    string? XmlLocation = null,
    string? DanfeLocation = null,
    DateTimeOffset? AuthorizedAt = null,
    string? RejectionReason = null);
