namespace BackOffice.Application.Processing;

public enum MessageHandlingResult
{
    Applied,
    AlreadyProcessed,

    /// <summary>The step failed; a copy of the message is scheduled to come back after a back-off.</summary>
    RetryScheduled,
}
