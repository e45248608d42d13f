namespace BackOffice.PartnerSandbox.Shared;

/// <summary>The path an order takes, chosen by the marker in the customer's e-mail local part (CONTRACT.md).</summary>
public enum CustomerOutcome
{
    Happy,
    Review,
    Deny,
    Decline,
    NoPay,
    NfeReject,
    Undeliverable,
}
