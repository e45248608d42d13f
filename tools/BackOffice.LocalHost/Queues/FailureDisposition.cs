namespace BackOffice.LocalHost.Queues;

public enum FailureDisposition
{
    /// <summary>Make the message visible again after visibilityTimeout.</summary>
    RetryLater,

    /// <summary>Copy the message to the poison queue and delete the original.</summary>
    MoveToPoison,
}
