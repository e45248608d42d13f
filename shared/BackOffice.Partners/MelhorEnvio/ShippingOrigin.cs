namespace BackOffice.Partners.MelhorEnvio;

/// <summary>The sender on the label: the store's warehouse (section <c>Shipping:Origin</c>).</summary>
public sealed class ShippingOrigin
{
    public string Name { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>The store's CNPJ.</summary>
    public string CompanyDocument { get; set; } = "";

    public string? StateRegistration { get; set; }

    public string Street { get; set; } = "";

    public string Number { get; set; } = "";

    public string? Complement { get; set; }

    public string District { get; set; } = "";

    public string City { get; set; } = "";

    public string State { get; set; } = "";

    public string PostalCode { get; set; } = "";
}
