namespace BackOffice.Partners.Http;

/// <summary>An address of the store in settings: where it is registered (NF-e emitter) or ships from (label sender).</summary>
public abstract class StoreAddressSettings
{
    public string Street { get; set; } = "";

    public string Number { get; set; } = "";

    public string? Complement { get; set; }

    public string District { get; set; } = "";

    public string City { get; set; } = "";

    /// <summary>Two-letter UF.</summary>
    public string State { get; set; } = "";

    public string PostalCode { get; set; } = "";
}
