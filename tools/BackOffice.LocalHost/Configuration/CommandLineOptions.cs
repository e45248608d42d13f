namespace BackOffice.LocalHost.Configuration;

public sealed record CommandLineOptions(string ScriptRoot, string? SettingsPath, int Port)
{
    public const int DefaultPort = 7071;

    public const string Usage = "Usage: BackOffice.LocalHost --script-root <dir> [--settings <local.settings.json>] [--port 7071]";
}
