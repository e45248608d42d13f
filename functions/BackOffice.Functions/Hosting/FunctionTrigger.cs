namespace BackOffice.Functions.Hosting;

/// <summary>What starts a function. Declared once per function; both the endpoint and function.json derive from it.</summary>
public abstract record FunctionTrigger;

/// <param name="AuthLevel">anonymous for senders that sign their requests; function for ops (a function key in Azure).</param>
public sealed record HttpTrigger(IReadOnlyList<string> Methods, string Route, string AuthLevel = "anonymous") : FunctionTrigger;

/// <summary>A message on an order queue; the transport (Storage queue or Service Bus) is chosen when function.json is generated.</summary>
public sealed record MessageTrigger(string BindingName, string QueueName) : FunctionTrigger;

/// <param name="Schedule">NCRONTAB with seconds, as the Functions timer trigger reads it.</param>
public sealed record TimerTrigger(string BindingName, string Schedule) : FunctionTrigger;
