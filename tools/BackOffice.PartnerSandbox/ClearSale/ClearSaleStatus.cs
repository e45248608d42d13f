namespace BackOffice.PartnerSandbox.ClearSale;

/// <summary>
/// ClearSale status codes. The sandbox decides APA (no marker), AMA (<c>+review</c>: waiting for manual analysis,
/// it stays there until an analyst decides) and RPM (<c>+deny</c>); the others can be set through the control API.
/// </summary>
public static class ClearSaleStatus
{
    public const string New = "NVO";
    public const string ApprovedAutomatically = "APA";
    public const string ManualAnalysisPending = "AMA";
    public const string RejectedNoSuspicion = "RPM";

    private static readonly HashSet<string> Decisions = ["APA", "APM", "APP", "AMA", "RPM", "RPP", "SUS", "FRD", "CAN", "ERR"];

    public static bool IsDecision(string? status) => status is not null && Decisions.Contains(status);
}
