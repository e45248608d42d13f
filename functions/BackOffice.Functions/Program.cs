using System.Runtime.InteropServices;
using BackOffice.Functions;
using BackOffice.Functions.Hosting;

if (args.Length > 0 && args[0] == FunctionMetadataCommand.Verb)
{
    return FunctionMetadataCommand.Run(args);
}

// The host restarts a handler that exits with any code but 0 (WorkerProcess.OnProcessExited), so 0 means "asked to stop".
var stopAsked = false;
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => stopAsked = true);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => stopAsked = true);

// Listen first: the host waits 30 s for the port (HttpWorkerOptions.InitializationTimeout) before it counts a failure.
var app = await FunctionApp.StartAsync(args);
try
{
    await FunctionApp.ProvisionStorageIfAskedAsync(app, app.Lifetime.ApplicationStopping);
}
catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
{
    // Stopped while the emulators were still coming up.
}

await app.WaitForShutdownAsync();
await app.DisposeAsync();
if (stopAsked)
{
    return 0;
}

Console.Error.WriteLine("BackOffice.Functions stopped without being asked to; exiting with 1 so that the host restarts it.");
return 1;
