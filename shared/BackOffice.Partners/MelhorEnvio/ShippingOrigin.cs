using BackOffice.Partners.Http;

namespace BackOffice.Partners.MelhorEnvio;

/// <summary>The sender on the label: the store's warehouse (section <c>Shipping:Origin</c>).</summary>
public sealed class ShippingOrigin : StoreAddressSettings
{
    public string Name { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>The store's CNPJ.</summary>
    public string CompanyDocument { get; set; } = "";

    public string? StateRegistration { get; set; }
}
