using BackOffice.Partners.Http;

namespace BackOffice.Partners.FocusNfe;

/// <summary>Settings <c>FocusNfe__BaseUrl</c> (https://api.focusnfe.com.br/ or https://homologacao.focusnfe.com.br/) and <c>FocusNfe__Token</c>.</summary>
public sealed class FocusNfeOptions : PartnerOptions
{
    public const string Section = "FocusNfe";

    public string Token { get; set; } = "";
}
