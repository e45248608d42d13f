namespace BackOffice.Infrastructure.Tests;

public sealed class StorageOperationCounterTests
{
    [Fact]
    public void BeginInvocation_WhenAStepRunsInsideItsFunction_CountsBothRunsAndGivesTheOperationsToTheStep()
    {
        var counter = new StorageOperationCounter();

        using (counter.BeginInvocation("OrderMessages"))
        {
            using (counter.BeginInvocation("OrderMessages:SubmitRiskAnalysis"))
            {
                counter.Count("cosmos.read");
                counter.Count("cosmos.replace");
            }

            counter.Count("table.insert");
        }

        counter.Count("blob.upload");

        var snapshot = counter.Snapshot();
        Assert.Equal(new Dictionary<string, long> { ["invocation"] = 1, ["table.insert"] = 1 }, snapshot["OrderMessages"]);
        Assert.Equal(
            new Dictionary<string, long> { ["cosmos.read"] = 1, ["cosmos.replace"] = 1, ["invocation"] = 1 },
            snapshot["OrderMessages:SubmitRiskAnalysis"]);
        Assert.Equal(new Dictionary<string, long> { ["blob.upload"] = 1 }, snapshot["(none)"]);
    }
}
