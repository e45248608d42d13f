namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// Facts about a request that the one-line request log prints: the partner, the outcome marker (never the
/// e-mail) and any injected fault.
/// </summary>
public static class RequestTags
{
    private const string PartnerKey = "sandbox.partner";
    private const string MarkerKey = "sandbox.marker";
    private const string FaultKey = "sandbox.fault";

    public static void SetPartner(HttpContext context, string partner) => context.Items[PartnerKey] = partner;

    public static void SetMarker(HttpContext context, CustomerOutcome outcome) => context.Items[MarkerKey] = EmailMarker.Describe(outcome);

    public static void SetFault(HttpContext context, string fault) => context.Items[FaultKey] = fault;

    public static string? Partner(HttpContext context) => context.Items[PartnerKey] as string;

    public static string? Marker(HttpContext context) => context.Items[MarkerKey] as string;

    public static string? Fault(HttpContext context) => context.Items[FaultKey] as string;
}
