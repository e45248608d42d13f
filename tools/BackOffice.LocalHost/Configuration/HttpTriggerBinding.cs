namespace BackOffice.LocalHost.Configuration;

/// <param name="Route">Route template without the route prefix.</param>
/// <param name="Methods">Upper-case methods; empty means any method.</param>
public sealed record HttpTriggerBinding(string Name, string Route, IReadOnlyList<string> Methods) : TriggerBinding(Name)
{
    public override string Type => "httpTrigger";
}
