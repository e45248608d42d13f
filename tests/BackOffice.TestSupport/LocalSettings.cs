using System.Text.Json;

namespace BackOffice.TestSupport;

/// <summary>The checked-in local.settings.json: the same values the running stack was started with.</summary>
public static class LocalSettings
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Values = new(Load);

    public static string Get(string name) =>
        Values.Value.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"local.settings.json has no value '{name}'.");

    public static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "local.settings.json")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new FileNotFoundException($"No local.settings.json above {AppContext.BaseDirectory}.");
    }

    private static IReadOnlyDictionary<string, string> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "local.settings.json")));
        return document.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(property => property.Name, property => property.Value.GetString() ?? "");
    }
}
