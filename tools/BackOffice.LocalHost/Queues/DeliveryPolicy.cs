namespace BackOffice.LocalHost.Queues;

/// <summary>The real host's retry/poison rules for queue-triggered functions.</summary>
public sealed class DeliveryPolicy
{
    private readonly int _maxDequeueCount;

    public DeliveryPolicy(int maxDequeueCount) => _maxDequeueCount = maxDequeueCount;

    /// <summary>A message dequeued more often than allowed goes to poison without being processed.</summary>
    public bool ShouldSkipToPoison(long dequeueCount) => dequeueCount > _maxDequeueCount;

    public FailureDisposition OnFailure(long dequeueCount) =>
        dequeueCount >= _maxDequeueCount ? FailureDisposition.MoveToPoison : FailureDisposition.RetryLater;
}
