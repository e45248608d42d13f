using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Tests.Configuration;

public class LocalSettingsParserTests
{
    [Fact]
    public void Reads_values_as_strings()
    {
        var values = LocalSettingsParser.Parse("""{"IsEncrypted":false,"Values":{"A":"x","Number":3,"Flag":true,"Empty":null}}""");

        Assert.Equal("x", values["A"]);
        Assert.Equal("3", values["Number"]);
        Assert.Equal("true", values["Flag"]);
        Assert.Equal(string.Empty, values["Empty"]);
    }

    [Fact]
    public void Missing_values_section_means_no_settings() =>
        Assert.Empty(LocalSettingsParser.Parse("""{"IsEncrypted":false}"""));

    [Fact]
    public void Refuses_encrypted_settings() =>
        Assert.Throws<HostConfigurationException>(() => LocalSettingsParser.Parse("""{"IsEncrypted":true,"Values":{}}"""));
}
