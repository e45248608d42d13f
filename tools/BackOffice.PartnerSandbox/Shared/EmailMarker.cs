namespace BackOffice.PartnerSandbox.Shared;

/// <summary>Reads the outcome marker (<c>ana+deny@example.com</c>) out of an e-mail address.</summary>
public static class EmailMarker
{
    private static readonly Dictionary<string, CustomerOutcome> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["review"] = CustomerOutcome.Review,
        ["deny"] = CustomerOutcome.Deny,
        ["decline"] = CustomerOutcome.Decline,
        ["nopay"] = CustomerOutcome.NoPay,
        ["nfe-reject"] = CustomerOutcome.NfeReject,
        ["undeliverable"] = CustomerOutcome.Undeliverable,
    };

    public static CustomerOutcome Parse(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return CustomerOutcome.Happy;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        var local = at < 0 ? email : email[..at];

        // Every "+tag" counts (ana+x+deny@...); the first known one wins.
        foreach (var tag in local.Split('+').Skip(1))
        {
            if (Markers.TryGetValue(tag.Trim(), out var outcome))
            {
                return outcome;
            }
        }

        return CustomerOutcome.Happy;
    }

    /// <summary>The marker as logs show it: never the address itself.</summary>
    public static string Describe(CustomerOutcome outcome) => outcome switch
    {
        CustomerOutcome.Happy => "none",
        CustomerOutcome.NfeReject => "+nfe-reject",
        _ => "+" + outcome.ToString().ToLowerInvariant(),
    };
}
