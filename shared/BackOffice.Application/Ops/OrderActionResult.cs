namespace BackOffice.Application.Ops;

/// <param name="Refusal">Why the order's rules refused the action; null when it was done.</param>
public sealed record OrderActionResult(OrderView? Order, bool Found, string? Refusal)
{
    public static readonly OrderActionResult NotFound = new(null, false, null);

    public static OrderActionResult Done(OrderView order) => new(order, true, null);

    public static OrderActionResult Refused(string reason) => new(null, true, reason);
}
