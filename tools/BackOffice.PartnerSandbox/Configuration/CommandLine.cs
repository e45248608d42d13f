namespace BackOffice.PartnerSandbox.Configuration;

/// <summary>The sandbox's arguments: <c>[--settings &lt;local.settings.json&gt;] [--port &lt;n&gt;]</c>.</summary>
public sealed record CommandLine(string? SettingsPath, int? Port)
{
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        string? settings = null;
        int? port = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not ("--settings" or "--port"))
            {
                throw new SettingsException($"unknown argument '{args[i]}'. Usage: [--settings <local.settings.json>] [--port <n>]");
            }

            var value = i + 1 < args.Count ? args[i + 1] : throw new SettingsException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--settings":
                    settings = value;
                    break;
                case "--port":
                    port = int.TryParse(value, out var p) && p is > 0 and < 65536
                        ? p
                        : throw new SettingsException($"--port must be a TCP port, got '{value}'.");
                    break;
                default:
                    break;
            }

            i++;
        }

        return new CommandLine(settings, port);
    }
}
