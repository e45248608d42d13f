using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.ClearSale;

/// <summary>
/// The status-change notification agreed with ClearSale: <c>{ code, date, type: "status" }</c> with the agreed
/// token in <c>X-ClearSale-Token</c>. It carries no decision: the hub reads <c>v1/orders/{code}/status</c>.
/// </summary>
public sealed class ClearSaleCallbacks(HubCallbackSender sender, SandboxSettings settings, TimeProvider clock)
{
    public const string TokenHeader = "X-ClearSale-Token";

    public void StatusChanged(string code)
    {
        var body = SandboxJson.Serialize(new { code, date = Timestamps.Iso(clock.GetUtcNow()), type = "status" });
        sender.Send(PartnerNames.ClearSale, body, new Dictionary<string, string> { [TokenHeader] = settings.ClearSaleCallbackToken }, TimeSpan.Zero, "status " + code);
    }
}
