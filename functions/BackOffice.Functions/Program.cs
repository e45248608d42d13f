using BackOffice.Functions;
using BackOffice.Functions.Hosting;

if (args.Length > 0 && args[0] == FunctionMetadataCommand.Verb)
{
    return FunctionMetadataCommand.Run(args);
}

var app = FunctionApp.Build(args);
await FunctionApp.ProvisionStorageIfAskedAsync(app);
await app.RunAsync();
return 0;
