using System.Globalization;

namespace BackOffice.LocalHost.Configuration;

public static class CommandLineParser
{
    public static CommandLineOptions Parse(IReadOnlyList<string> args)
    {
        string? scriptRoot = null;
        string? settings = null;
        var port = CommandLineOptions.DefaultPort;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new HostConfigurationException($"Option '{args[i]}' needs a value. {CommandLineOptions.Usage}");
            switch (args[i])
            {
                case "--script-root":
                    scriptRoot = value;
                    break;
                case "--settings":
                    settings = value;
                    break;
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and < 65536:
                    port = parsed;
                    break;
                case "--port":
                    throw new HostConfigurationException($"'{value}' is not a valid port. {CommandLineOptions.Usage}");
                default:
                    throw new HostConfigurationException($"Unknown option '{args[i]}'. {CommandLineOptions.Usage}");
            }

            i++;
        }

        return scriptRoot is null
            ? throw new HostConfigurationException($"--script-root is required. {CommandLineOptions.Usage}")
            : new CommandLineOptions(scriptRoot, settings, port);
    }
}
