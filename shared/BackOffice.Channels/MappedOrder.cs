using BackOffice.Domain.Orders;

namespace BackOffice.Channels;

/// <summary>A storefront order turned into the hub's <see cref="OrderPlacement"/>, with what the caller should record about it.</summary>
/// <param name="Warnings">Problems that do not stop the order but must be fixed before it can be invoiced (a missing CPF, say).</param>
public sealed record MappedOrder(OrderPlacement Placement, IReadOnlyList<MappingWarning> Warnings)
{
    /// <summary>True when a person must complete the order before the NF-e: the caller routes it to NeedsAttention in time.</summary>
    public bool NeedsAttention => Warnings.Count > 0;
}
