namespace BackOffice.Functions.Hosting;

/// <param name="Handler">A minimal-API handler: for HTTP triggers it serves the forwarded request, for others the host's invocation POST.</param>
public sealed record FunctionDefinition(string Name, FunctionTrigger Trigger, Delegate Handler);
