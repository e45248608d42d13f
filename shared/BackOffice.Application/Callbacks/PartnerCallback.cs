namespace BackOffice.Application.Callbacks;

/// <param name="CallbackId">What identifies this notification, so a repeat is recognised.</param>
/// <param name="OrderRef">Our order, when the body names it; null when only the partner's resource id does (Melhor Envio's label id).</param>
/// <param name="ResourceId">The partner's id of what changed (charge, NF-e ref, label), to re-read it.</param>
public sealed record PartnerCallback(string CallbackId, string EventType, string? OrderRef, string? ResourceId);
