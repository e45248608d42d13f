using BackOffice.Partners.Http;

namespace BackOffice.Partners.Tests.Http;

public sealed class DocumentsTests
{
    [Theory]
    [InlineData("529.982.247-25", "52998224725", null)]
    [InlineData("11.222.333/0001-81", null, "11222333000181")]
    [InlineData("12.ABC.345/01DE-35", null, "12ABC34501DE35")]
    [InlineData("123", null, null)]
    [InlineData(null, null, null)]
    public void CpfAndCnpj_WhenTheDocumentIsParsed_KeepTheLettersOfAnAlphanumericCnpj(string? document, string? cpf, string? cnpj)
    {
        var taxId = Documents.TaxIdOf(document);

        Assert.Equal((cpf, cnpj), (Documents.Cpf(taxId), Documents.Cnpj(taxId)));
    }
}
