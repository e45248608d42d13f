using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Handler;
using BackOffice.LocalHost.Tests.Support;

namespace BackOffice.LocalHost.Tests.Handler;

public class HandlerLaunchPlannerTests
{
    [Fact]
    public void Executable_in_script_root_with_settings_and_host_variables()
    {
        using var root = new TestScriptRoot(HostJson.Fast(executable: "handler", arguments: """["--a","b c"]"""))
            .WithFile("handler", "#!/bin/sh")
            .WithSettings("""{"Values":{"Custom":"1","FUNCTIONS_CUSTOMHANDLER_PORT":"1"}}""");

        var spec = HandlerLaunchPlanner.Plan(root.Load(), 5555);

        Assert.Equal(Path.Combine(root.Directory, "handler"), spec.FileName);
        Assert.Equal(["--a", "b c"], spec.Arguments);
        Assert.Equal(root.Directory, spec.WorkingDirectory);
        Assert.Equal("1", spec.Environment["Custom"]);
        Assert.Equal("5555", spec.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"]);
        Assert.Equal("custom", spec.Environment["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal(root.Directory, spec.Environment["AzureWebJobsScriptRoot"]);
    }

    [Fact]
    public void Plan_WhenTheEnvironmentAlreadySetsALocalSetting_TheEnvironmentWins()
    {
        using var root = new TestScriptRoot(HostJson.Fast(executable: "handler"))
            .WithFile("handler", "#!/bin/sh")
            .WithSettings("""{"Values":{"Lifecycle__PixExpiry":"00:00:20","Kept":"local","Blank":"local"}}""");
        var environment = new Dictionary<string, string> { ["Lifecycle__PixExpiry"] = "00:02:00", ["Blank"] = "" };
        var scriptRoot = ScriptRootLoader.Load(root.Directory, root.SettingsPath, environment.GetValueOrDefault);

        var spec = HandlerLaunchPlanner.Plan(scriptRoot, 1);

        Assert.Equal("00:02:00", spec.Environment["Lifecycle__PixExpiry"]);
        Assert.Equal("local", spec.Environment["Kept"]);
        Assert.Equal("local", spec.Environment["Blank"]);
        Assert.Equal(["Lifecycle__PixExpiry"], scriptRoot.Settings.OverriddenByEnvironment);
    }

    [Fact]
    public void Executable_not_in_script_root_is_looked_up_on_path_and_working_directory_is_relative()
    {
        using var root = new TestScriptRoot("""{"customHandler":{"description":{"defaultExecutablePath":"node","workingDirectory":"app"}}}""");

        var spec = HandlerLaunchPlanner.Plan(root.Load(), 1);

        Assert.Equal("node", spec.FileName);
        Assert.Equal(Path.Combine(root.Directory, "app"), spec.WorkingDirectory);
    }
}
