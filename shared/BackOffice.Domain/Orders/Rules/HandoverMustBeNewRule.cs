using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>A batch's handover is recorded once per order: repeating the handover adds nothing to the timeline.</summary>
public sealed class HandoverMustBeNewRule(IEnumerable<TimelineEntry> timeline, string batchId) : IBusinessRule
{
    public bool IsBroken() => timeline.Any(entry => entry.Event == HandedToCarrier.EventName && entry.Detail == $"batch {batchId}");

    public string Message => $"The handover of batch {batchId} is already on the order's timeline.";
}
