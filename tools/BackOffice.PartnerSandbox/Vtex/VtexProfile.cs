using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Vtex;

/// <summary>VTEX: <c>X-VTEX-API-AppKey</c> and <c>X-VTEX-API-AppToken</c>; errors are <c>{ error: { code, message, exception } }</c>.</summary>
public static class VtexProfile
{
    public static readonly PartnerProfile Instance = new(
        PartnerNames.Vtex,
        request => Credentials.HasHeader(request, "X-VTEX-API-AppKey") && Credentials.HasHeader(request, "X-VTEX-API-AppToken"),
        (status, message) => Body(status == StatusCodes.Status401Unauthorized ? "1" : status.ToString(System.Globalization.CultureInfo.InvariantCulture), message));

    public static object Body(string code, string message) => new { error = new { code, message, exception = (string?)null } };

    public static PartnerReply Reply(int status, string code, string message) => PartnerReply.Json(status, Body(code, message));
}
