namespace BackOffice.Application.Callbacks;

/// <summary>
/// How long a callback's event type and resource id may be. Both travel inline in the callback's queue message, and a
/// Storage queue message is at most 64 KiB (Service Bus standard: 256 KiB): a callback naming a known order with a
/// field of tens of KiB (a broken or hostile sender) would fail at the send, a 5xx, and be lost to ops. Real ones are
/// short (../shared/PARTNERS.md): Pagar.me <c>charge.paid</c> on <c>ch_…</c>/<c>or_…</c>, ClearSale a status type on
/// our order code (at most 72 chars, see <c>OrderId</c>), Focus NFe <c>nfe.&lt;status&gt;</c> on our ref
/// <c>&lt;order&gt;-nfe-&lt;attempt&gt;</c>, Melhor Envio <c>order.posted</c> on a label UUID (36 chars). The bound
/// leaves several times that room; past it the callback is refused (422) and nothing is stored, as for any other
/// callback that cannot be used, so the partner sees the refusal and its retries say so again.
/// </summary>
public static class CallbackFieldBounds
{
    public const int MaxLength = 256;

    /// <summary>The fields of <paramref name="callback"/> past <see cref="MaxLength"/>, by name, with what is wrong.</summary>
    public static IReadOnlyDictionary<string, string[]> Violations(PartnerCallback callback)
    {
        var violations = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Check("eventType", callback.EventType);
        Check("resourceId", callback.ResourceId);
        return violations;

        void Check(string field, string? value)
        {
            if (value is { Length: > MaxLength })
            {
                violations[field] = [$"The callback's {field} is {value.Length} characters long; at most {MaxLength} are accepted."];
            }
        }
    }
}
