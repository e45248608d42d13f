namespace BackOffice.LocalHost.Configuration;

/// <summary>host.json customHandler.description.</summary>
public sealed record CustomHandlerDescription(string DefaultExecutablePath, string WorkingDirectory, IReadOnlyList<string> Arguments);
