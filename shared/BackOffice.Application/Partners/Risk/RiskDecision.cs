namespace BackOffice.Application.Partners.Risk;

public enum RiskDecision
{
    Approve,

    /// <summary>The provider asks the store's people to decide.</summary>
    Review,
    Deny,

    /// <summary>Not decided yet (not scored, or in the provider's own manual analysis): ask again later.</summary>
    Wait,

    /// <summary>A status the hub does not know: a person decides, with the raw code in front of them.</summary>
    Unrecognized,
}
