namespace BackOffice.Partners.Vtex;

public static class VtexHeaders
{
    public const string AppKey = "X-VTEX-API-AppKey";
    public const string AppToken = "X-VTEX-API-AppToken";
}
