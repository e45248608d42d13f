namespace BackOffice.Application.Ops.DeadLetters;

/// <summary>Why each failed message failed, so that a dead letter shows its reason whatever the transport kept.</summary>
public interface IMessageFailureLog
{
    /// <summary>Records the failure, replacing an earlier one of the same message.</summary>
    Task RecordAsync(MessageFailure failure, CancellationToken cancellationToken);

    Task<MessageFailure?> FindAsync(string key, CancellationToken cancellationToken);
}
