using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>Another run's claim on the label work stands until it lapses; the holder itself may extend it.</summary>
public sealed class LabelWorkMustNotBeClaimedByAnotherRule(LabelWorkClaim? claim, string claimant, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => claim is not null && claim.Claimant != claimant && claim.IsLiveAt(now);

    public string Message => $"The label work is claimed by run {claim?.Claimant} until {claim?.Until:O}.";
}
