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

        api.MapGet("/orders/hook/config", (VtexConfigs configs) =>
            configs.Hook is { } hook ? Results.Json(hook, SandboxJson.Options) : VtexProfile.Instance.Error(404, "Hook configuration not found."));
        api.MapPost("/orders/hook/config", async (HttpContext http, VtexConfigs configs) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok ? (await configs.SaveHookAsync(body, http.RequestAborted)).ToResult() : VtexProfile.Instance.Error(400, "The request body is not valid JSON.");
        });
        api.MapDelete("/orders/hook/config", (VtexConfigs configs) =>
        {
            configs.RemoveHook();
            return Results.Ok();
        });
        api.MapGet("/orders/feed/config", (VtexConfigs configs) =>
            configs.Feed is { } feed ? Results.Json(feed, SandboxJson.Options) : VtexProfile.Instance.Error(404, "Feed configuration not found."));
        api.MapPost("/orders/feed/config", async (HttpContext http, VtexConfigs configs) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok ? configs.SaveFeed(body).ToResult() : VtexProfile.Instance.Error(400, "The request body is not valid JSON.");
        });
        api.MapDelete("/orders/feed/config", (VtexConfigs configs) =>
        {
            configs.RemoveFeed();
            return Results.Ok();
        });

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
