using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Tests.Support;

namespace BackOffice.LocalHost.Tests.Configuration;

public class ScriptRootLoaderTests
{
    private const string QueueFunction = """{"bindings":[{"type":"queueTrigger","direction":"in","name":"m","queueName":"q-1"}]}""";

    [Fact]
    public void Loads_function_folders_and_settings_and_skips_folders_without_function_json()
    {
        using var root = new TestScriptRoot(HostJson.Fast())
            .WithFunction("B", QueueFunction)
            .WithFunction("A", """{"bindings":[{"type":"httpTrigger","direction":"in","name":"req"}]}""")
            .WithSettings("""{"IsEncrypted":false,"Values":{"AzureWebJobsStorage":"conn","Extra":"1"}}""");
        Directory.CreateDirectory(Path.Combine(root.Directory, "bin"));

        var scriptRoot = root.Load();

        Assert.Equal(["A", "B"], scriptRoot.Functions.Select(f => f.Name));
        Assert.Equal("1", scriptRoot.Settings.Values["Extra"]);
        Assert.Equal(root.Directory, scriptRoot.Directory);
    }

    [Fact]
    public void Skips_functions_disabled_by_app_setting()
    {
        using var root = new TestScriptRoot(HostJson.Fast())
            .WithFunction("B", QueueFunction)
            .WithSettings("""{"Values":{"AzureWebJobsStorage":"conn","AzureWebJobs.B.Disabled":"true"}}""");

        Assert.Empty(root.Load().Functions);
    }

    [Fact]
    public void Missing_host_json_is_an_error()
    {
        var error = Assert.Throws<HostConfigurationException>(() => ScriptRootLoader.Load(Path.GetTempPath(), null, _ => null));

        Assert.Contains("host.json", error.Message);
    }

    [Fact]
    public void Http_functions_need_request_forwarding()
    {
        using var root = new TestScriptRoot("""{"customHandler":{"description":{"defaultExecutablePath":"h"},"enableForwardingHttpRequest":false}}""")
            .WithFunction("Web", """{"bindings":[{"type":"httpTrigger","direction":"in","name":"req"}]}""");

        var error = Assert.Throws<HostConfigurationException>(root.Load);

        Assert.Contains("enableProxyingHttpRequest", error.Message);
    }
}
