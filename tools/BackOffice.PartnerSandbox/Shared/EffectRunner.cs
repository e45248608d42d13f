namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// The one way simulators perform effects: honours the idempotency key (a replay returns the first answer and
/// records nothing), records the effect in the ledger, and tags the request log with the order's marker.
/// </summary>
public sealed class EffectRunner(IdempotencyStore keys, CallLedger ledger, OrderFacts facts)
{
    /// <summary>
    /// Runs <paramref name="effect"/> once per <paramref name="idempotencyKey"/>. With
    /// <paramref name="simulatorOwnsKey"/> the key is only recorded: the simulator applies its own rule and says
    /// through <see cref="Effect.Replayed"/> whether it repeated an answer.
    /// </summary>
    public IResult Run(HttpContext http, string partner, string operation, string? idempotencyKey, Func<Effect> effect, bool simulatorOwnsKey = false)
    {
        Effect? done = null;
        var (reply, replayed) = keys.RunOnce(partner, simulatorOwnsKey ? null : idempotencyKey, () =>
        {
            done = effect();
            return done.Reply;
        });

        if (!replayed && done is { Recorded: true, Replayed: false })
        {
            ledger.Record(partner, operation, done.OrderRef, idempotencyKey, reply.Status, done.Detail);
        }

        Tag(http, done?.OrderRef);
        return reply.ToResult();
    }

    /// <summary>Puts the order's marker (never the e-mail) on the request log line.</summary>
    public void Tag(HttpContext http, string? orderRef)
    {
        if (orderRef is not null)
        {
            RequestTags.SetMarker(http, facts.OutcomeOf(orderRef));
        }
    }
}
