namespace BackOffice.Partners.FocusNfe;

/// <summary>Focus NFe's simplified NF-e (field names are Focus's, in snake_case). Money is decimal reais, never double.</summary>
public sealed record FocusNfePayload
{
    public required string NaturezaOperacao { get; init; }

    public required DateTimeOffset DataEmissao { get; init; }

    /// <summary>1: saída (a sale).</summary>
    public int TipoDocumento { get; init; } = 1;

    /// <summary>1: normal.</summary>
    public int FinalidadeEmissao { get; init; } = 1;

    /// <summary>1 internal operation, 2 interstate.</summary>
    public required int LocalDestino { get; init; }

    /// <summary>1: sold to the final consumer.</summary>
    public int ConsumidorFinal { get; init; } = 1;

    /// <summary>2: sold over the internet.</summary>
    public int PresencaComprador { get; init; } = 2;

    public required string CnpjEmitente { get; init; }

    public required string NomeEmitente { get; init; }

    public string? NomeFantasiaEmitente { get; init; }

    public required string InscricaoEstadualEmitente { get; init; }

    public required string LogradouroEmitente { get; init; }

    public required string NumeroEmitente { get; init; }

    public string? ComplementoEmitente { get; init; }

    public required string BairroEmitente { get; init; }

    public required string MunicipioEmitente { get; init; }

    public required string UfEmitente { get; init; }

    public required string CepEmitente { get; init; }

    public required int RegimeTributarioEmitente { get; init; }

    public required string NomeDestinatario { get; init; }

    public string? CpfDestinatario { get; init; }

    public string? CnpjDestinatario { get; init; }

    /// <summary>9: not a state-tax payer (consumers).</summary>
    public int IndicadorInscricaoEstadualDestinatario { get; init; } = 9;

    public string? EmailDestinatario { get; init; }

    public string? TelefoneDestinatario { get; init; }

    public required string LogradouroDestinatario { get; init; }

    public required string NumeroDestinatario { get; init; }

    public string? ComplementoDestinatario { get; init; }

    public required string BairroDestinatario { get; init; }

    public required string MunicipioDestinatario { get; init; }

    public required string UfDestinatario { get; init; }

    public required string CepDestinatario { get; init; }

    public string PaisDestinatario { get; init; } = "Brasil";

    public required decimal ValorProdutos { get; init; }

    public required decimal ValorFrete { get; init; }

    public required decimal ValorDesconto { get; init; }

    public required decimal ValorTotal { get; init; }

    public required int ModalidadeFrete { get; init; }

    public required IReadOnlyList<FocusNfeItem> Items { get; init; }
}
