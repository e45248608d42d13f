using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>SEFAZ rejects an NF-e without the recipient's CPF or CNPJ: catch it before asking.</summary>
public sealed class RecipientMustHaveTaxIdRule(Customer customer) : IBusinessRule
{
    public bool IsBroken() => !TaxId.TryParse(customer.Document, out _);

    public string Message => "The customer has no CPF or CNPJ; the NF-e cannot be issued.";
}
