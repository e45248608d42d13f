using System.Globalization;
using System.Text;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.FocusNfe;

/// <summary>
/// The files behind <c>caminho_xml_nota_fiscal</c> and <c>caminho_danfe</c>: an nfeProc XML with the real layout's
/// key elements and a one-page DANFE PDF. No customer data goes in: the recipient is the homologation placeholder.
/// </summary>
public static class NfeDocuments
{
    public static byte[] Xml(FocusNfeInvoice invoice) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00">
          <NFe>
            <infNFe Id="NFe{invoice.ChaveNfe}" versao="4.00">
              <ide><cUF>35</cUF><natOp>Venda de mercadoria</natOp><mod>55</mod><serie>1</serie><nNF>{invoice.Numero}</nNF><dhEmi>{Timestamps.Iso(invoice.AuthorizedAt)}</dhEmi><tpAmb>2</tpAmb></ide>
              <emit><CNPJ>{invoice.Cnpj}</CNPJ><xNome>BackOffice Sandbox</xNome></emit>
              <dest><xNome>NF-E EMITIDA EM AMBIENTE DE HOMOLOGACAO - SEM VALOR FISCAL</xNome></dest>
              <total><ICMSTot><vNF>{invoice.Total:0.00}</vNF></ICMSTot></total>
            </infNFe>
          </NFe>
          <protNFe versao="4.00">
            <infProt><tpAmb>2</tpAmb><chNFe>{invoice.ChaveNfe}</chNFe><nProt>{invoice.Protocolo}</nProt><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo></infProt>
          </protNFe>
        </nfeProc>
        """));

    public static byte[] CancellationXml(FocusNfeInvoice invoice) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <procEventoNFe xmlns="http://www.portalfiscal.inf.br/nfe" versao="1.00">
          <evento versao="1.00"><infEvento><chNFe>{invoice.ChaveNfe}</chNFe><tpEvento>110111</tpEvento><detEvento versao="1.00"><descEvento>Cancelamento</descEvento><nProt>{invoice.Protocolo}</nProt></detEvento></infEvento></evento>
          <retEvento versao="1.00"><infEvento><cStat>135</cStat><xMotivo>Evento registrado e vinculado a NF-e</xMotivo></infEvento></retEvento>
        </procEventoNFe>
        """));

    public static byte[] Danfe(FocusNfeInvoice invoice) => MinimalPdf.Create(
        "DANFE - Documento Auxiliar da Nota Fiscal Eletronica",
        $"NF-e {invoice.Numero} serie 1",
        $"Chave de acesso {invoice.ChaveNfe}",
        $"Protocolo {invoice.Protocolo}",
        "NF-E EMITIDA EM AMBIENTE DE HOMOLOGACAO - SEM VALOR FISCAL");
}
