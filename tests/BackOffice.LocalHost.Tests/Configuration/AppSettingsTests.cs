using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Tests.Configuration;

public class AppSettingsTests
{
    private readonly AppSettings _settings = new(
        new Dictionary<string, string> { ["Queue"] = "orders", ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["AzureWebJobsOther"] = "other" },
        name => name == "FromEnvironment" ? "env" : null);

    [Fact]
    public void Resolves_percent_expressions_from_values_then_environment() =>
        Assert.Equal("orders-env", _settings.Resolve("%Queue%-%FromEnvironment%", "test"));

    [Fact]
    public void Unknown_percent_expression_names_the_setting()
    {
        var error = Assert.Throws<HostConfigurationException>(() => _settings.Resolve("%Missing%", "Function 'F'"));

        Assert.Contains("%Missing%", error.Message);
        Assert.Contains("Function 'F'", error.Message);
    }

    [Theory]
    [InlineData(null, "UseDevelopmentStorage=true")]
    [InlineData("", "UseDevelopmentStorage=true")]
    [InlineData("AzureWebJobsStorage", "UseDevelopmentStorage=true")]
    [InlineData("Other", "other")]
    public void Resolves_connection_setting_names(string? connection, string expected) =>
        Assert.Equal(expected, _settings.ResolveConnectionString(connection, "test"));

    [Fact]
    public void Unknown_connection_is_an_error() =>
        Assert.Throws<HostConfigurationException>(() => _settings.ResolveConnectionString("Nope", "test"));
}
