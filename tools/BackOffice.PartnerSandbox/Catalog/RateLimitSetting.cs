namespace BackOffice.PartnerSandbox.Catalog;

/// <summary>The body of <c>POST /_sandbox/ratelimits</c>: one named budget's bucket size and restore rate.</summary>
public sealed record RateLimitSetting(string? Budget, double Capacity, double RestorePerSecond);
