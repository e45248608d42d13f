using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>Only the run that holds the claim releases it.</summary>
public sealed class LabelWorkMustBeClaimedByRule(LabelWorkClaim? claim, string claimant) : IBusinessRule
{
    public bool IsBroken() => claim?.Claimant != claimant;

    public string Message => claim is null ? "The label work is not claimed." : $"The label work is claimed by run {claim.Claimant}, not {claimant}.";
}
