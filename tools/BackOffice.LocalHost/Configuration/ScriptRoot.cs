namespace BackOffice.LocalHost.Configuration;

/// <summary>Everything loaded from a Functions script root and local.settings.json.</summary>
public sealed record ScriptRoot(
    string Directory,
    HostConfiguration Host,
    AppSettings Settings,
    IReadOnlyList<FunctionDefinition> Functions);
