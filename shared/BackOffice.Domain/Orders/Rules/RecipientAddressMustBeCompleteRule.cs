using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>SEFAZ rejects an NF-e whose recipient address lacks street, number, district, city, UF or CEP: catch it before asking.</summary>
public sealed class RecipientAddressMustBeCompleteRule(Address? address) : IBusinessRule
{
    public bool IsBroken() => Missing.Count > 0;

    public string Message => address is null
        ? "The order has no shipping address; the NF-e cannot be issued."
        : $"The shipping address has no {string.Join(", ", Missing)}; the NF-e cannot be issued.";

    private List<string> Missing => address is null
        ? ["address"]
        : [.. new (string Field, string Value)[]
            {
                ("street", address.Street), ("number", address.Number), ("district", address.District),
                ("city", address.City), ("state", address.State), ("postal code", address.PostalCode),
            }.Where(part => string.IsNullOrWhiteSpace(part.Value)).Select(part => part.Field)];
}
