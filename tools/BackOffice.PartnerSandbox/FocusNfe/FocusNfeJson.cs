using System.Text.Json.Nodes;

namespace BackOffice.PartnerSandbox.FocusNfe;

/// <summary>
/// The <c>GET v2/nfe/{ref}</c> body, which is also the hook body. File paths are domain-relative, as Focus NFe
/// returns them (<c>/arquivos/...</c>); the sandbox serves them both at <c>/arquivos/</c> and <c>/focusnfe/arquivos/</c>.
/// </summary>
public static class FocusNfeJson
{
    public static JsonObject Invoice(FocusNfeInvoice invoice)
    {
        var json = new JsonObject
        {
            ["cnpj_emitente"] = invoice.Cnpj,
            ["ref"] = invoice.Ref,
            ["status"] = invoice.Status,
        };
        if (invoice.StatusSefaz is not null)
        {
            json["status_sefaz"] = invoice.StatusSefaz;
            json["mensagem_sefaz"] = invoice.MensagemSefaz;
        }

        if (invoice.ChaveNfe is not null)
        {
            json["chave_nfe"] = "NFe" + invoice.ChaveNfe;
            json["numero"] = invoice.Numero!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            json["serie"] = "1";
            json["protocolo"] = invoice.Protocolo;
            json["caminho_xml_nota_fiscal"] = $"{Folder(invoice)}/XMLs/{invoice.ChaveNfe}-nfe.xml";
            json["caminho_danfe"] = $"{Folder(invoice)}/DANFEs/{invoice.ChaveNfe}.pdf";
        }

        if (invoice.Status == "cancelado")
        {
            json["caminho_xml_cancelamento"] = $"{Folder(invoice)}/XMLs/{invoice.ChaveNfe}-can.xml";
        }

        return json;
    }

    public static string Folder(FocusNfeInvoice invoice)
        => $"/arquivos/{invoice.Cnpj}/{invoice.AuthorizedAt:yyyyMM}";
}
