namespace BackOffice.Application.Partners.Storefronts;

/// <param name="AccessKey">The 44-digit NF-e key.</param>
/// <param name="XmlLocation">Where the authorized XML is kept, for storefronts that link to it.</param>
/// <param name="Xml">The authorized NF-e XML (nfeProc), for storefronts that keep it (VTEX's embeddedInvoice).</param>
public sealed record StorefrontInvoice(string Number, string? Series, string AccessKey, long ValueCents, DateTimeOffset IssuedAt, string? XmlLocation, string? Xml = null);
