using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>SEFAZ rejects an NF-e without the recipient's CPF or CNPJ: catch it before asking.</summary>
public sealed class RecipientMustHaveTaxIdRule(Customer customer) : IBusinessRule
{
    public bool IsBroken() => customer.Document is not { Length: 11 or 14 } document || !document.All(char.IsAsciiDigit);

    public string Message => "The customer has no CPF or CNPJ; the NF-e cannot be issued.";
}
