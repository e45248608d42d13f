using System.Text.Json;

namespace BackOffice.Bench;

/// <summary>The probe's command line and the storage settings it reads from local.settings.json.</summary>
public sealed record BenchOptions(IReadOnlyDictionary<string, string> Values, TimeSpan Duration, int Concurrency)
{
    public static BenchOptions Parse(ReadOnlySpan<string> args)
    {
        string? settings = null;
        var seconds = 4;
        var concurrency = 20;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--settings": settings = args[i + 1]; break;
                case "--seconds": seconds = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--concurrency": concurrency = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }

        if (settings is null)
        {
            throw new ArgumentException("--settings <local.settings.json> is required");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(settings));
        var values = document.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.OrdinalIgnoreCase);
        return new BenchOptions(values, TimeSpan.FromSeconds(seconds), concurrency);
    }

    public string Value(string name) =>
        Values.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new ArgumentException($"setting '{name}' is missing from the settings file");
}
