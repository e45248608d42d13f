namespace BackOffice.Application.Processing;

/// <param name="PixExpiry">How long a PIX the hub creates stays payable.</param>
/// <param name="BoletoExpiry">How long until a boleto the hub creates is due.</param>
/// <param name="PollAfter">How long an order may wait at a step for a partner's callback before the sweeper asks the partner.</param>
public sealed record LifecycleSettings(TimeSpan PixExpiry, TimeSpan BoletoExpiry, TimeSpan PollAfter)
{
    public static readonly LifecycleSettings Default = new(TimeSpan.FromHours(1), TimeSpan.FromDays(3), TimeSpan.FromMinutes(2));
}
