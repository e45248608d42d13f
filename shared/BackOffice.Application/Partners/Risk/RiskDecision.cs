namespace BackOffice.Application.Partners.Risk;

public enum RiskDecision
{
    Approve,

    /// <summary>A person (the provider's analyst or ours) has to look at it.</summary>
    Review,
    Deny,

    /// <summary>Not scored yet: ask again later.</summary>
    Wait,
}
