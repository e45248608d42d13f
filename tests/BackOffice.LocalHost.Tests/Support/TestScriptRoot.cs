using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Tests.Support;

/// <summary>A throw-away Functions script root on disk.</summary>
public sealed class TestScriptRoot : IDisposable
{
    public TestScriptRoot(string hostJson)
    {
        Directory = Path.Combine(Path.GetTempPath(), "localhost-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "host.json"), hostJson);
    }

    public string Directory { get; }

    public string SettingsPath => Path.Combine(Directory, "local.settings.json");

    public TestScriptRoot WithFunction(string name, string functionJson)
    {
        var folder = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "function.json"), functionJson);
        return this;
    }

    public TestScriptRoot WithFile(string relativePath, string content)
    {
        File.WriteAllText(Path.Combine(Directory, relativePath), content);
        return this;
    }

    public TestScriptRoot WithSettings(string localSettingsJson)
    {
        File.WriteAllText(SettingsPath, localSettingsJson);
        return this;
    }

    public ScriptRoot Load() => ScriptRootLoader.Load(Directory, File.Exists(SettingsPath) ? SettingsPath : null, _ => null);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
