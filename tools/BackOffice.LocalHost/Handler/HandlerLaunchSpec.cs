namespace BackOffice.LocalHost.Handler;

public sealed record HandlerLaunchSpec(
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    int Port);
