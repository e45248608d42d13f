using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;

namespace BackOffice.Channels.Shopify;

/// <summary>
/// Shopify's free-form address lines to the hub's structured address. Brazilian checkouts write
/// <c>address1 = "street, number"</c> and <c>address2 = "complement, district"</c> (or just the district).
/// </summary>
internal static class ShopifyAddressMapper
{
    private const string NoNumber = "S/N";

    public static Address Map(ShopifyAddress address, string path, ICollection<MappingWarning> warnings, ValidationErrors errors)
    {
        var address1 = errors.Required(address.Address1, $"{path}.address1");
        var (street, number) = SplitStreetAndNumber(address1 ?? "");
        var (complement, district) = SplitComplementAndDistrict(address.Address2);
        if (number == NoNumber || district.Length == 0)
        {
            warnings.Add(new MappingWarning(
                MappingWarningKind.AddressIncomplete,
                number == NoNumber ? $"{path}.address1" : $"{path}.address2",
                number == NoNumber ? "has no street number after a comma; it was taken as S/N." : "has no district (bairro)."));
        }

        return new Address(
            street,
            number,
            complement,
            district,
            errors.Required(address.City, $"{path}.city"),
            errors.Required(address.ProvinceCode ?? address.Province, $"{path}.province_code"),
            errors.Required(address.Zip, $"{path}.zip"),
            string.IsNullOrWhiteSpace(address.CountryCode) ? "BR" : address.CountryCode);
    }

    private static (string Street, string Number) SplitStreetAndNumber(string address1)
    {
        var comma = address1.LastIndexOf(',');
        if (comma > 0)
        {
            var number = address1[(comma + 1)..].Trim();
            if (number.Length > 0 && (char.IsAsciiDigit(number[0]) || number.Equals("s/n", StringComparison.OrdinalIgnoreCase)))
            {
                return (address1[..comma].Trim(), number.ToUpperInvariant() == "S/N" ? NoNumber : number);
            }
        }

        return (address1.Trim(), NoNumber);
    }

    private static (string? Complement, string District) SplitComplementAndDistrict(string? address2)
    {
        if (string.IsNullOrWhiteSpace(address2))
        {
            return (null, "");
        }

        var comma = address2.LastIndexOf(',');
        return comma < 0
            ? (null, address2.Trim())
            : (NullIfBlank(address2[..comma]), address2[(comma + 1)..].Trim());
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
