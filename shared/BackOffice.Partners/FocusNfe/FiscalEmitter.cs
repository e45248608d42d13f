using BackOffice.Partners.Http;

namespace BackOffice.Partners.FocusNfe;

/// <summary>The store's company (section <c>Fiscal:Emitter</c>).</summary>
public sealed class FiscalEmitter : StoreAddressSettings
{
    public string Cnpj { get; set; } = "";

    public string Name { get; set; } = "";

    public string? TradeName { get; set; }

    /// <summary>Inscrição estadual.</summary>
    public string StateRegistration { get; set; } = "";

    /// <summary>1 Simples Nacional, 2 Simples Nacional above the sublimit, 3 normal regime.</summary>
    public int TaxRegime { get; set; } = 1;
}
