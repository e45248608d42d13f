using BackOffice.Application.Partners.Fiscal;
using BackOffice.Partners.Http;

namespace BackOffice.Partners.FocusNfe;

/// <summary>Builds Focus NFe's payload from a <see cref="FiscalDocumentRequest"/> and the store's <see cref="FiscalSettings"/>.</summary>
public static class FocusNfePayloadBuilder
{
    public static FocusNfePayload Build(FiscalDocumentRequest request, FiscalSettings settings)
    {
        Validate(request, settings);
        var emitter = settings.Emitter;
        var destination = request.RecipientAddress;
        var intrastate = string.Equals(destination.State.Trim(), emitter.State.Trim(), StringComparison.OrdinalIgnoreCase);
        var cfop = intrastate ? settings.CfopIntrastate : settings.CfopInterstate;
        var taxId = Documents.TaxIdOf(request.Recipient.Document);
        var products = request.Items.Sum(line => line.TotalCents);
        var freight = Spread(request.ShippingCents, request.Items.Select(line => line.TotalCents).ToList());
        var discount = Spread(request.DiscountCents, request.Items.Select(line => line.TotalCents).ToList());

        return new FocusNfePayload
        {
            NaturezaOperacao = settings.NatureOfOperation,
            DataEmissao = request.IssuedAt,
            LocalDestino = intrastate ? 1 : 2,
            CnpjEmitente = Documents.Cnpj(Documents.TaxIdOf(emitter.Cnpj))!,
            NomeEmitente = emitter.Name,
            NomeFantasiaEmitente = emitter.TradeName,
            InscricaoEstadualEmitente = Documents.Digits(emitter.StateRegistration),
            LogradouroEmitente = emitter.Street,
            NumeroEmitente = emitter.Number,
            ComplementoEmitente = emitter.Complement,
            BairroEmitente = emitter.District,
            MunicipioEmitente = emitter.City,
            UfEmitente = emitter.State.ToUpperInvariant(),
            CepEmitente = Documents.Digits(emitter.PostalCode),
            RegimeTributarioEmitente = emitter.TaxRegime,
            NomeDestinatario = request.Recipient.Name,
            CpfDestinatario = Documents.Cpf(taxId),
            CnpjDestinatario = Documents.Cnpj(taxId),
            EmailDestinatario = request.Recipient.Email,
            TelefoneDestinatario = Documents.Digits(request.Recipient.Phone) is { Length: > 0 } phone ? phone : null,
            LogradouroDestinatario = destination.Street,
            NumeroDestinatario = destination.Number,
            ComplementoDestinatario = destination.Complement,
            BairroDestinatario = destination.District,
            MunicipioDestinatario = destination.City,
            UfDestinatario = destination.State.ToUpperInvariant(),
            CepDestinatario = Documents.Digits(destination.PostalCode),
            ValorProdutos = Money.ToReais(products),
            ValorFrete = Money.ToReais(request.ShippingCents),
            ValorDesconto = Money.ToReais(request.DiscountCents),
            ValorTotal = Money.ToReais(request.TotalCents),
            ModalidadeFrete = settings.FreightMode,
            Items = request.Items.Select((line, index) => new FocusNfeItem
            {
                NumeroItem = index + 1,
                CodigoProduto = line.Sku,
                Descricao = line.Title,
                Cfop = cfop,
                CodigoNcm = settings.DefaultNcm,
                UnidadeComercial = settings.CommercialUnit,
                QuantidadeComercial = line.Quantity,
                ValorUnitarioComercial = Money.ToReais(line.UnitPriceCents),
                UnidadeTributavel = settings.CommercialUnit,
                QuantidadeTributavel = line.Quantity,
                ValorUnitarioTributavel = Money.ToReais(line.UnitPriceCents),
                ValorBruto = Money.ToReais(line.TotalCents),
                ValorFrete = freight[index] > 0 ? Money.ToReais(freight[index]) : null,
                ValorDesconto = discount[index] > 0 ? Money.ToReais(discount[index]) : null,
                IcmsSituacaoTributaria = settings.IcmsSituation,
                IcmsOrigem = settings.IcmsOrigin,
                PisSituacaoTributaria = settings.PisSituation,
                CofinsSituacaoTributaria = settings.CofinsSituation,
            }).ToList(),
        };
    }

    /// <summary>Splits <paramref name="cents"/> over the lines in proportion to their value; the last line takes the rounding rest.</summary>
    public static IReadOnlyList<long> Spread(long cents, IReadOnlyList<long> weights)
    {
        var total = weights.Sum();
        var shares = new long[weights.Count];
        if (cents == 0 || total == 0 || weights.Count == 0)
        {
            if (weights.Count > 0)
            {
                shares[^1] = cents;
            }

            return shares;
        }

        long given = 0;
        for (var i = 0; i < weights.Count - 1; i++)
        {
            shares[i] = cents * weights[i] / total;
            given += shares[i];
        }

        shares[^1] = cents - given;
        return shares;
    }

    /// <summary>Catches here what SEFAZ would reject later under the same ref.</summary>
    private static void Validate(FiscalDocumentRequest request, FiscalSettings settings)
    {
        if (Documents.Cnpj(Documents.TaxIdOf(settings.Emitter.Cnpj)) is null || settings.Emitter.State.Trim().Length != 2)
        {
            throw new InvalidOperationException("Fiscal:Emitter:Cnpj (a valid CNPJ) and Fiscal:Emitter:State (UF) must be set to issue an NF-e.");
        }

        if (settings.DefaultNcm.Length != 8 || !settings.DefaultNcm.All(char.IsAsciiDigit))
        {
            throw new InvalidOperationException("Fiscal:DefaultNcm must be the 8-digit NCM.");
        }

        if (request.Items.Count == 0)
        {
            throw new ArgumentException($"NF-e {request.Reference} has no lines.", nameof(request));
        }

        var expected = request.Items.Sum(line => line.TotalCents) + request.ShippingCents - request.DiscountCents;
        if (expected != request.TotalCents)
        {
            throw new ArgumentException($"NF-e {request.Reference}: lines + shipping - discount = {expected} cents, but the total is {request.TotalCents}.", nameof(request));
        }
    }
}
