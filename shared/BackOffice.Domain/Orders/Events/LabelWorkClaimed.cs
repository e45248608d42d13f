namespace BackOffice.Domain.Orders.Events;

/// <summary>
/// A run of the label step holds the label work until <paramref name="Until"/> (a new claim, or the holder extending its
/// own). <paramref name="Lapsed"/> is another run's claim that lapsed and was taken over: that run may have died after
/// putting a label in the carrier's cart that nobody recorded (unpaid, it costs nothing).
/// </summary>
public sealed record LabelWorkClaimed(OrderId OrderId, string Claimant, DateTimeOffset Until, bool Extended, LabelWorkClaim? Lapsed, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Invoiced, Cause, OccurredAt)
{
    public const string EventName = "LabelWorkClaimed";

    public override string Name => EventName;

    public override string? Detail => (Extended, Lapsed) switch
    {
        (true, _) => $"run {Claimant} extended its claim until {Until:O}",
        (false, { } lapsed) => $"run {Claimant} until {Until:O}; took over from run {lapsed.Claimant}, whose claim lapsed at {lapsed.Until:O} (a label it may have put in the cart is not recorded)",
        (false, null) => $"run {Claimant} until {Until:O}",
    };
}
