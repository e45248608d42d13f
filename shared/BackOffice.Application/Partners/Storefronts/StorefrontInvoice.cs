namespace BackOffice.Application.Partners.Storefronts;

/// <param name="AccessKey">The 44-digit NF-e key.</param>
/// <param name="XmlLocation">Where the authorized XML is kept, for storefronts that link to it.</param>
public sealed record StorefrontInvoice(string Number, string? Series, string AccessKey, long ValueCents, DateTimeOffset IssuedAt, string? XmlLocation);
