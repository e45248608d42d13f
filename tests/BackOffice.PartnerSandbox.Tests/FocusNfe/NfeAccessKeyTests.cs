using BackOffice.PartnerSandbox.FocusNfe;

namespace BackOffice.PartnerSandbox.Tests.FocusNfe;

public sealed class NfeAccessKeyTests
{
    [Fact]
    public void Check_digit_is_mod_11_with_weights_2_to_9()
        => Assert.Equal(2, NfeAccessKey.CheckDigit("3525011122233300018155001000000123100000001"));

    [Fact]
    public void Key_has_44_digits_and_the_layout_fields()
    {
        var key = NfeAccessKey.Create("11222333000181", new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero), 1, 123, "10000000");

        Assert.Equal("35250111222333000181550010000001231100000006", key);
    }
}
