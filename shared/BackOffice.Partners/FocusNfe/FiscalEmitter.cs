namespace BackOffice.Partners.FocusNfe;

/// <summary>The store's company (section <c>Fiscal:Emitter</c>).</summary>
public sealed class FiscalEmitter
{
    public string Cnpj { get; set; } = "";

    public string Name { get; set; } = "";

    public string? TradeName { get; set; }

    /// <summary>Inscrição estadual.</summary>
    public string StateRegistration { get; set; } = "";

    public string Street { get; set; } = "";

    public string Number { get; set; } = "";

    public string? Complement { get; set; }

    public string District { get; set; } = "";

    public string City { get; set; } = "";

    /// <summary>Two-letter UF; also decides CFOP 5102 against 6102.</summary>
    public string State { get; set; } = "";

    public string PostalCode { get; set; } = "";

    /// <summary>1 Simples Nacional, 2 Simples Nacional above the sublimit, 3 normal regime.</summary>
    public int TaxRegime { get; set; } = 1;
}
