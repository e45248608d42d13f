namespace BackOffice.LocalHost.Configuration;

/// <summary>The one "in" binding whose type ends in "Trigger".</summary>
public abstract record TriggerBinding(string Name)
{
    /// <summary>The binding type as written in function.json, e.g. "queueTrigger".</summary>
    public abstract string Type { get; }
}
