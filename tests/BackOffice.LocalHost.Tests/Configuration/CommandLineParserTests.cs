using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Tests.Configuration;

public class CommandLineParserTests
{
    [Fact]
    public void Parses_all_options() =>
        Assert.Equal(
            new CommandLineOptions("root", "local.settings.json", 8080),
            CommandLineParser.Parse(["--script-root", "root", "--settings", "local.settings.json", "--port", "8080"]));

    [Fact]
    public void Port_defaults_to_7071() =>
        Assert.Equal(new CommandLineOptions("root", null, 7071), CommandLineParser.Parse(["--script-root", "root"]));

    [Theory]
    [InlineData("")]
    [InlineData("--script-root")]
    [InlineData("--script-root r --port x")]
    [InlineData("--script-root r --port 70000")]
    [InlineData("--script-root r --verbose 1")]
    public void Rejects_bad_arguments_with_usage(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var error = Assert.Throws<HostConfigurationException>(() => CommandLineParser.Parse(args));

        Assert.Contains("Usage", error.Message);
    }
}
