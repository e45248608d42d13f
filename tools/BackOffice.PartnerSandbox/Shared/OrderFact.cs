namespace BackOffice.PartnerSandbox.Shared;

/// <summary>What the simulators have learned about one order reference, from any partner call or seed.</summary>
public sealed record OrderFact(CustomerOutcome Outcome, bool HasEmail, long? AmountCents, string? PaymentMethod);
