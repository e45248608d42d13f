using BackOffice.Domain.Orders;

namespace BackOffice.Channels;

/// <summary>A storefront order turned into the hub's <see cref="OrderPlacement"/>, with what the caller should record about it.</summary>
/// <param name="Warnings">
/// Problems that do not stop the order but must be fixed before it can be invoiced (a missing CPF or district, say). The
/// caller logs them; the NF-e step checks the same facts on the order and sends it to NeedsAttention before asking SEFAZ.
/// </param>
public sealed record MappedOrder(OrderPlacement Placement, IReadOnlyList<MappingWarning> Warnings);
