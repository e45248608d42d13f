namespace BackOffice.IntegrationTests.Lifecycle;

/// <summary>Tests that inject faults at a partner run alone, after the others, so no other test's order meets them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultInjectionCollection
{
    public const string Name = "Partner faults";
}
