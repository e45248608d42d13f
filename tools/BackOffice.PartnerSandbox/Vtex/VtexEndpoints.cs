using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Vtex;

/// <summary>VTEX OMS under <c>/vtex/</c>: the paths of https://{account}.vtexcommercestable.com.br/.</summary>
public static class VtexEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/vtex/api").AddEndpointFilter(new PartnerGate(VtexProfile.Instance, requireAuth: true));

        api.MapGet("/oms/pvt/orders/{orderId}", (HttpContext http, string orderId, VtexSimulator vtex, EffectRunner effects) =>
        {
            effects.Tag(http, VtexSimulator.OrderRefOf(orderId));
            return vtex.Get(orderId).ToResult();
        });

        api.MapPost("/oms/pvt/orders/{orderId}/start-handling", (HttpContext http, string orderId, VtexSimulator vtex, EffectRunner effects) =>
            effects.Run(http, PartnerNames.Vtex, "order.start-handling", null, () => vtex.StartHandling(orderId)));

        api.MapPost("/oms/pvt/orders/{orderId}/invoice", async (HttpContext http, string orderId, VtexSimulator vtex, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok
                ? effects.Run(http, PartnerNames.Vtex, "order.invoice", body.Text("invoiceNumber"), () => vtex.Invoice(orderId, body), simulatorOwnsKey: true)
                : VtexProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapPatch("/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}", async (HttpContext http, string orderId, string invoiceNumber, VtexSimulator vtex, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok
                ? effects.Run(http, PartnerNames.Vtex, "order.invoice-tracking", null, () => vtex.UpdateInvoice(orderId, invoiceNumber, body))
                : VtexProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapPost("/oms/pvt/orders/{orderId}/cancel", (HttpContext http, string orderId, VtexSimulator vtex, EffectRunner effects) =>
            effects.Run(http, PartnerNames.Vtex, "order.cancel", null, () => vtex.Cancel(orderId), simulatorOwnsKey: true));

        api.MapGet("/orders/feed", (int? maxlot, VtexSimulator vtex) => Results.Json(vtex.Feed(maxlot ?? 10), SandboxJson.Options));

        api.MapPost("/orders/feed", async (HttpContext http, VtexSimulator vtex) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            if (!ok)
            {
                return VtexProfile.Instance.Error(400, "The request body is not valid JSON.");
            }

            vtex.Commit(body.Items("handles").Select(h => h.Text()).OfType<string>());
            return Results.NoContent();
        });
    }
}
