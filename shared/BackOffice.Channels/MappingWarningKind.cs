namespace BackOffice.Channels;

public enum MappingWarningKind
{
    /// <summary>No CPF or CNPJ anywhere the storefront may carry one: the NF-e cannot be issued yet.</summary>
    DocumentMissing,

    /// <summary>A CPF or CNPJ was given but its check digits are wrong: the NF-e would be rejected.</summary>
    DocumentInvalid,

    /// <summary>The shipping address lacks a part the carrier and the NF-e need (street number, district).</summary>
    AddressIncomplete,
}
