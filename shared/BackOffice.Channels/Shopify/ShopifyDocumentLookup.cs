namespace BackOffice.Channels.Shopify;

/// <summary>
/// Where Brazilian Shopify stores keep the customer's CPF or CNPJ: Shopify has no field for it, so checkout apps
/// add a note attribute, and some stores relabel the billing address's company field.
/// </summary>
internal static class ShopifyDocumentLookup
{
    // Compared ignoring case: stores name the field "cpf", "CPF", "Documento"...
    private static readonly HashSet<string> AttributeNames = new(StringComparer.OrdinalIgnoreCase) { "cpf", "documento", "cnpj", "cpf/cnpj", "cpf_cnpj" };

    /// <summary>Where the warning points when no document is found anywhere.</summary>
    public const string MissingPath = "note_attributes";

    public static IEnumerable<DocumentCandidate> Candidates(ShopifyOrder order)
    {
        foreach (var (attribute, index) in (order.NoteAttributes ?? []).Select((attribute, index) => (attribute, index)))
        {
            if (attribute?.Name is not null && AttributeNames.Contains(attribute.Name.Trim()) && attribute.Value is not null)
            {
                yield return new DocumentCandidate($"note_attributes[{index}].value", attribute.Value);
            }
        }

        // The company field usually holds a company name; only text made of digits and punctuation is taken as a
        // document attempt, so "Acme Ltda" is not reported as an invalid CPF.
        var company = order.BillingAddress?.Company;
        if (company is not null && company.Any(char.IsAsciiDigit) && company.All(character => char.IsAsciiDigit(character) || ".-/ ".Contains(character)))
        {
            yield return new DocumentCandidate("billing_address.company", company);
        }
    }
}
