using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops.Overview;

/// <summary>An order as the overview lists it: where it is, since when, and why it waits for a person if it does.</summary>
/// <param name="AttentionReason">Why it needs attention; null unless it is in NeedsAttention.</param>
/// <param name="AttentionStep">The status it resumes to, i.e. the step that stopped.</param>
public sealed record OrderAtRest(string OrderId, OrderStatus Status, DateTimeOffset UpdatedAt, string? AttentionReason = null, OrderStatus? AttentionStep = null);
