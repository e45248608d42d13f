namespace BackOffice.Application.Processing;

/// <param name="PixExpiry">How long a PIX the hub creates stays payable.</param>
/// <param name="BoletoExpiry">How long until a boleto the hub creates is due.</param>
/// <param name="PollAfter">How long an order may wait at a step for a partner's callback before the sweeper asks the partner.</param>
/// <param name="RetryBaseDelay">The first back-off of a failed step; each further retry waits four times longer.</param>
/// <param name="ScheduledRetries">How many back-off retries a failed step gets before the transport's own retries and poison queue.</param>
/// <param name="LabelClaimLease">
/// How long a run of the label step holds the label work from each of its saves. It must outlast the carrier calls
/// between two saves (quote and cart, each at most the partner's total timeout of 60 s) so that a slow holder is not
/// taken over; a holder that died blocks the label this long.
/// </param>
public sealed record LifecycleSettings(TimeSpan PixExpiry, TimeSpan BoletoExpiry, TimeSpan PollAfter, TimeSpan RetryBaseDelay, int ScheduledRetries, TimeSpan LabelClaimLease)
{
    public static readonly LifecycleSettings Default = new(TimeSpan.FromHours(1), TimeSpan.FromDays(3), TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(10), 5, TimeSpan.FromMinutes(3));
}
