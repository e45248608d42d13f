namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// What a simulator did for one effectful request: the answer and the order it belongs to. Requests rejected
/// before reaching anything (unknown ids, invalid bodies) are not <see cref="Recorded"/> in the ledger;
/// <see cref="Replayed"/> marks an answer a simulator repeated under its own idempotency rule (Focus NFe's ref).
/// </summary>
public sealed record Effect(PartnerReply Reply, string? OrderRef, bool Replayed = false, bool Recorded = true)
{
    /// <summary>What the ledger shows beside the operation (the carrier service a label was bought for), when it matters.</summary>
    public string? Detail { get; init; }

    public static Effect Rejected(PartnerReply reply) => new(reply, null, Recorded: false);

    /// <summary>An answer from an endpoint that also serves reads (Shopify GraphQL queries): not an effect.</summary>
    public static Effect Read(PartnerReply reply, string? orderRef) => new(reply, orderRef, Recorded: false);
}
