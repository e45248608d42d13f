using System.Text;

namespace BackOffice.PartnerSandbox.Tests.Support;

/// <summary>Credentials in the shape each partner expects.</summary>
public static class HeaderValues
{
    public static readonly (string, string) Pagarme = TestSandbox.Basic("sk_test_sandbox");
    public static readonly (string, string) ClearSale = TestSandbox.Bearer("cs_token");
    public static readonly (string, string) FocusNfe = TestSandbox.Basic("focus_token");
    public static readonly (string, string) MelhorEnvio = TestSandbox.Bearer("me_token");
    public static readonly (string, string)[] Vtex = [("X-VTEX-API-AppKey", "vtexappkey-x"), ("X-VTEX-API-AppToken", "token")];

    public static string BasicUser(string header)
    {
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
        return decoded;
    }
}
