namespace BackOffice.LocalHost.Handler;

public static class FunctionTimeouts
{
    /// <summary>
    /// How long past functionTimeout the host waits for the call before it restarts the handler
    /// (azure-webjobs-sdk, src/Microsoft.Azure.WebJobs/TimeoutAttribute.cs, GracePeriod).
    /// </summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(2);
}
