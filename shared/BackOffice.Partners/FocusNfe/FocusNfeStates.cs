using BackOffice.Application.Partners.Fiscal;

namespace BackOffice.Partners.FocusNfe;

public static class FocusNfeStates
{
    public static FiscalDocumentState Map(string? status) => status switch
    {
        "autorizado" => FiscalDocumentState.Authorized,
        "erro_autorizacao" => FiscalDocumentState.Rejected,
        "denegado" => FiscalDocumentState.Denied,
        "cancelado" => FiscalDocumentState.Cancelled,
        // processando_autorizacao, and anything new: still with SEFAZ, ask again later.
        _ => FiscalDocumentState.Processing,
    };

    public static FiscalDocumentStatus ToStatus(string reference, FocusNfeDocument document) => new(
        document.Ref ?? reference,
        Map(document.Status),
        AccessKey(document.ChaveNfe),
        document.Numero,
        document.Serie,
        document.CaminhoXmlNotaFiscal,
        document.CaminhoDanfe,
        document.StatusSefaz,
        document.MensagemSefaz);

    private static string? AccessKey(string? chave)
        => chave is not null && chave.StartsWith("NFe", StringComparison.OrdinalIgnoreCase) ? chave[3..] : chave;
}
