namespace BackOffice.Partners.FocusNfe;

/// <summary>One NF-e line. Freight and discount are spread over the lines because SEFAZ checks that they add up to the totals.</summary>
public sealed record FocusNfeItem
{
    public required int NumeroItem { get; init; }

    public required string CodigoProduto { get; init; }

    public required string Descricao { get; init; }

    public required string Cfop { get; init; }

    /// <summary>8 digits.</summary>
    public required string CodigoNcm { get; init; }

    public required string UnidadeComercial { get; init; }

    public required decimal QuantidadeComercial { get; init; }

    public required decimal ValorUnitarioComercial { get; init; }

    public required string UnidadeTributavel { get; init; }

    public required decimal QuantidadeTributavel { get; init; }

    public required decimal ValorUnitarioTributavel { get; init; }

    public required decimal ValorBruto { get; init; }

    public decimal? ValorFrete { get; init; }

    public decimal? ValorDesconto { get; init; }

    public required string IcmsSituacaoTributaria { get; init; }

    public required string IcmsOrigem { get; init; }

    public required string PisSituacaoTributaria { get; init; }

    public required string CofinsSituacaoTributaria { get; init; }
}
