namespace BackOffice.Application.Processing;

/// <summary>A failure that says how long to wait before trying again (a partner's 429 with its pause).</summary>
public interface IRetryAfter
{
    TimeSpan RetryAfter { get; }
}
