using System.Text.Json;

namespace BackOffice.Partners.Tests.FocusNfe;

/// <summary>
/// The NF-e fields Focus NFe documents (FocusNFe/api-doc at 44bce5a, <c>source/includes/_nfe.md</c>: the field list,
/// every <c>&lt;strong&gt;campo&lt;/strong&gt;</c>, and the keys of its request examples). A field of ours outside it is one
/// Focus may not read.
/// </summary>
internal static class FocusNfeDocumentedFields
{
    private static readonly HashSet<string> Documented =
    [
        "ambiente", "bairro_destinatario", "bairro_emitente", "bandeira_operadora", "caminho_danfe", "caminho_pdf_carta_correcao",
        "caminho_xml", "caminho_xml_cancelamento", "caminho_xml_cancelamento_conciliacao_financeira", "caminho_xml_cancelamento_insucesso_entrega",
        "caminho_xml_carta_correcao", "caminho_xml_conciliacao_financeira", "caminho_xml_evento_ator_interessado",
        "caminho_xml_evento_prorrogacao_suspensao_icms", "caminho_xml_insucesso_entrega", "caminho_xml_nota_fiscal",
        "campo", "cep_destinatario", "cep_emitente", "cfop", "chave_nfe", "cnpj", "cnpj_beneficiario", "cnpj_destinatario",
        "cnpj_emitente", "cnpj_instituicao_financeira", "cnpj_transacional", "codigo", "codigo_ncm", "codigo_orgao",
        "codigo_produto", "cofins_situacao_tributaria", "cofins_valor", "condicoes_uso", "consumidor_final",
        "correcao", "cpf", "cpf_destinatario", "cpf_emitente", "data_emissao", "data_entrada_saida", "data_evento",
        "data_hash_tentativa", "data_pagamento", "data_tentativa_entrega", "descricao", "descricao_evento",
        "descricao_pagamento", "detalhes_pagamento", "erros", "evento", "finalidade_emissao", "forma_pagamento",
        "hash_tentativa_entrega", "icms_base_calculo", "icms_base_calculo_st", "icms_origem", "icms_situacao_tributaria",
        "icms_valor_total", "icms_valor_total_st", "id_tag", "inclui_no_total", "indicador_inscricao_estadual_destinatario",
        "indicador_pagamento", "inscricao_estadual_destinatario", "inscricao_estadual_emitente", "ipi_valor",
        "items", "justificativa", "justificativa_insucesso", "latitude_entrega", "local_destino", "logradouro_destinatario",
        "logradouro_emitente", "longitude_entrega", "mensagem", "mensagem_sefaz", "modalidade_frete", "modelo",
        "motivo", "motivo_insucesso", "municipio_destinatario", "municipio_emitente", "natureza_operacao",
        "nome_destinatario", "nome_emitente", "nome_fantasia_emitente", "numero", "numero_autorizacao", "numero_cancelamento_conciliacao_financeira",
        "numero_cancelamento_insucesso_entrega", "numero_carta_correcao", "numero_conciliacao_financeira",
        "numero_destinatario", "numero_emitente", "numero_evento_ator_interessado", "numero_evento_prorrogacao_suspensao_icms",
        "numero_final", "numero_inicial", "numero_insucesso_entrega", "numero_item", "numero_protocolo", "numero_sequencial_evento",
        "numero_tentativas", "pais_destinatario", "permite_autorizacao_terceiros", "pis_situacao_tributaria",
        "pis_valor", "presenca_comprador", "protocolo", "protocolo_cancelamento", "protocolo_carta_correcao",
        "protocolo_sefaz", "quantidade_comercial", "quantidade_tributavel", "ref", "regime_tributario_emitente",
        "requisicao_cancelamento", "requisicao_carta_correcao", "serie", "status", "status_sefaz", "telefone_destinatario",
        "tipo_documento", "tipo_evento", "uf_beneficiario", "uf_destinatario", "uf_emitente", "uf_transacional",
        "unidade_comercial", "unidade_tributavel", "valor_bruto", "valor_desconto", "valor_frete", "valor_outras_despesas",
        "valor_pagamento", "valor_produtos", "valor_seguro", "valor_total", "valor_unitario_comercial", "valor_unitario_tributavel",
        "versao", "versao_aplicativo", "versao_evento",

        // Not in api-doc's _nfe.md; Focus's full field reference (campos.focusnfe.com.br/nfe) was not readable here and
        // integrators' Focus clients send both. Listed apart so the README can say they are not confirmed.
        "email_destinatario", "complemento_destinatario",
    ];

    public static void AssertConforms(JsonElement nfe)
    {
        var unknown = nfe.EnumerateObject().Select(property => property.Name)
            .Concat(nfe.GetProperty("items").EnumerateArray().SelectMany(item => item.EnumerateObject().Select(property => "items[]." + property.Name)))
            .Where(name => !Documented.Contains(name.StartsWith("items[].", StringComparison.Ordinal) ? name["items[].".Length..] : name))
            .ToList();
        Assert.True(unknown.Count == 0, $"Fields Focus NFe's documentation does not list: {string.Join(", ", unknown)}");
    }
}
