namespace BackOffice.Domain.Orders;

/// <summary>
/// Who is buying the order's label right now, and until when. The carrier's cart has no idempotency key, so two runs
/// of the label step at once (copies of one message) would each put a label in the cart: the claim, saved with the
/// order's ETag before any carrier call, lets one of them go on.
/// </summary>
/// <param name="Claimant">One run of the label step (unique per run: copies of one message share their ids).</param>
/// <param name="Until">When the claim lapses if its holder has not finished or extended it (it may have died).</param>
public sealed record LabelWorkClaim(string Claimant, DateTimeOffset Until)
{
    public bool IsLiveAt(DateTimeOffset now) => Until > now;
}
