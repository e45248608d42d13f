namespace BackOffice.Application.Processing;

/// <param name="PixExpiry">How long a PIX the hub creates stays payable.</param>
/// <param name="BoletoExpiry">How long until a boleto the hub creates is due.</param>
/// <param name="PollAfter">How long an order may wait at a step for a partner's callback before the sweeper asks the partner.</param>
/// <param name="RetryBaseDelay">The first back-off of a failed step; each further retry waits four times longer.</param>
/// <param name="ScheduledRetries">How many back-off retries a failed step gets before the transport's own retries and poison queue.</param>
public sealed record LifecycleSettings(TimeSpan PixExpiry, TimeSpan BoletoExpiry, TimeSpan PollAfter, TimeSpan RetryBaseDelay, int ScheduledRetries)
{
    public static readonly LifecycleSettings Default = new(TimeSpan.FromHours(1), TimeSpan.FromDays(3), TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(10), 5);
}
