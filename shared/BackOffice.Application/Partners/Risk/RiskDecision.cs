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

    /// <summary>
    /// The provider has no analysis of the order: the submission never reached it (lost with a killed handler, or
    /// refused before it was stored). Submitting is idempotent, so the hub sends it again.
    /// </summary>
    NotSubmitted,
}
