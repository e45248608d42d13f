using BackOffice.Domain.Orders;

namespace BackOffice.Domain.Tests.Orders;

public sealed class TaxIdTests
{
    [Theory]
    [InlineData("529.982.247-25", "52998224725")]
    [InlineData("52998224725", "52998224725")]
    [InlineData(" 111.444.777-35 ", "11144477735")]
    [InlineData("123 456 789 09", "12345678909")]
    public void TryParse_WhenCpfHasValidCheckDigits_ReturnsCpfDigits(string text, string digits)
    {
        Assert.True(TaxId.TryParse(text, out var taxId));
        Assert.Equal((digits, TaxId.TaxIdKind.Cpf), (taxId.Digits, taxId.Kind));
    }

    [Theory]
    [InlineData("11.222.333/0001-81", "11222333000181")]
    [InlineData("04547885000102", "04547885000102")]
    [InlineData("12.ABC.345/01DE-35", "12ABC34501DE35")]
    [InlineData("12.abc.345/01de-35", "12ABC34501DE35")]
    public void TryParse_WhenCnpjHasValidCheckDigits_ReturnsCnpjDigits(string text, string digits)
    {
        Assert.True(TaxId.TryParse(text, out var taxId));
        Assert.Equal((digits, TaxId.TaxIdKind.Cnpj), (taxId.Digits, taxId.Kind));
    }

    [Theory]
    [InlineData("529.982.247-24")]
    [InlineData("529.982.247-15")]
    [InlineData("11.222.333/0001-80")]
    [InlineData("11.222.333/0001-91")]
    [InlineData("12.ABC.345/01DE-36")]
    public void TryParse_WhenCheckDigitsAreWrong_ReturnsFalse(string text) => Assert.False(TaxId.IsValid(text));

    [Theory]
    [InlineData("000.000.000-00")]
    [InlineData("111.111.111-11")]
    [InlineData("99999999999")]
    [InlineData("00.000.000/0000-00")]
    [InlineData("11111111111111")]
    public void TryParse_WhenEveryDigitIsTheSame_ReturnsFalse(string text) => Assert.False(TaxId.IsValid(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5299822472")]
    [InlineData("529982247250")]
    [InlineData("529.982.247-2X")]
    [InlineData("52998224725a")]
    [InlineData("CPF 529.982.247-25")]
    [InlineData("1122233300018A")]
    public void TryParse_WhenTextIsNotACpfOrCnpj_ReturnsFalse(string? text) => Assert.False(TaxId.IsValid(text));

    [Fact]
    public void Parse_WhenInvalid_ThrowsFormatException() => Assert.Throws<FormatException>(() => TaxId.Parse("123.456.789-00"));

    [Fact]
    public void ToString_Always_HidesAllButTheLastTwoDigits()
    {
        var text = TaxId.Parse("529.982.247-25").ToString();

        Assert.Equal("CPF ***25", text);
    }

    [Fact]
    public void Equals_WhenSameIdWrittenDifferently_IsEqual() =>
        Assert.Equal(TaxId.Parse("529.982.247-25"), TaxId.Parse("52998224725"));
}
