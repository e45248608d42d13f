using BackOffice.Domain.Orders;

namespace BackOffice.Channels;

/// <summary>
/// Picks the customer's CPF or CNPJ among the places a storefront may carry it. A missing or wrong document does not
/// stop the order (the customer has paid); it becomes a warning so that a person fixes it before the NF-e.
/// </summary>
internal static class DocumentResolver
{
    public static string? Resolve(IEnumerable<DocumentCandidate> candidates, string missingPath, ICollection<MappingWarning> warnings)
    {
        DocumentCandidate? firstInvalid = null;
        foreach (var candidate in candidates.Where(candidate => !string.IsNullOrWhiteSpace(candidate.Text)))
        {
            if (TaxId.TryParse(candidate.Text, out var taxId))
            {
                return taxId.Digits;
            }

            firstInvalid ??= candidate;
        }

        warnings.Add(firstInvalid is null
            ? new MappingWarning(MappingWarningKind.DocumentMissing, missingPath, "No CPF or CNPJ was found: the order needs one before the NF-e.")
            : new MappingWarning(MappingWarningKind.DocumentInvalid, firstInvalid.Path, "is not a valid CPF or CNPJ (wrong length or check digits): the order needs a valid one before the NF-e."));
        return null;
    }
}
