namespace BackOffice.Partners.FocusNfe;

/// <summary>Who issues the NF-e and the tax defaults of its lines (section <c>Fiscal</c>). Ask the store's accountant for these.</summary>
public sealed class FiscalSettings
{
    public const string Section = "Fiscal";

    public FiscalEmitter Emitter { get; set; } = new();

    /// <summary>NCM used for every line (8 digits) until products carry their own.</summary>
    public string DefaultNcm { get; set; } = "";

    public string NatureOfOperation { get; set; } = "Venda de mercadoria";

    public string CommercialUnit { get; set; } = "UN";

    /// <summary>Sale inside the emitter's state.</summary>
    public string CfopIntrastate { get; set; } = "5102";

    /// <summary>Sale to another state.</summary>
    public string CfopInterstate { get; set; } = "6102";

    /// <summary>ICMS CST/CSOSN; 102 is Simples Nacional without credit.</summary>
    public string IcmsSituation { get; set; } = "102";

    /// <summary>0: national goods.</summary>
    public string IcmsOrigin { get; set; } = "0";

    public string PisSituation { get; set; } = "07";

    public string CofinsSituation { get; set; } = "07";

    /// <summary>0: freight contracted by the emitter (CIF), the usual for online stores.</summary>
    public int FreightMode { get; set; }
}
