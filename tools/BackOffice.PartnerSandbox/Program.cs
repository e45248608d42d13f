using System.Collections;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Hosting;
using BackOffice.Tools.Output;

// Exit codes: 0 stopped by Ctrl-C/SIGTERM, 2 bad arguments or settings.
// Standard output in batches (the request log); declared first, so disposed last, on every exit.
using var output = BatchingStandardOutput.Install();
SandboxSettings settings;
try
{
    var commandLine = CommandLine.Parse(args);
    settings = SettingsLoader.Load(commandLine.SettingsPath, (IDictionary)Environment.GetEnvironmentVariables());
    if (commandLine.Port is { } port)
    {
        settings = settings with { Port = port };
    }
}
catch (SettingsException ex)
{
    Console.Error.WriteLine($"BackOffice.PartnerSandbox: {ex.Message}");
    return 2;
}

await using var app = SandboxApp.Create(settings);
await app.StartAsync();
app.Logger.LogInformation("Partner sandbox on {Address}; callbacks to {Hub}api/callbacks/{{partner}}", SandboxApp.Address(app), settings.HubBaseUrl);
await app.WaitForShutdownAsync();
return 0;
