namespace BackOffice.IntegrationTests.Expedition;

/// <summary>
/// Fifty orders through the pipeline at once load the stack: they run alone, after the others, so no other test's
/// short patience meets a queue they filled.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExpeditionCollection
{
    public const string Name = "Expedition batch of fifty";
}
