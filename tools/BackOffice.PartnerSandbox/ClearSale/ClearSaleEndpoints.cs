using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.ClearSale;

/// <summary>ClearSale under <c>/clearsale/</c>: <c>v1/authenticate</c>, <c>v1/orders/</c>, <c>v1/orders/{code}/status</c>.</summary>
public static class ClearSaleEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Authentication is the one call without a bearer token.
        var open = app.MapGroup("/clearsale/v1").AddEndpointFilter(new PartnerGate(ClearSaleProfile.Instance, requireAuth: false));
        var api = app.MapGroup("/clearsale/v1").AddEndpointFilter(new PartnerGate(ClearSaleProfile.Instance, requireAuth: true));

        open.MapPost("/authenticate", async (HttpContext http, TimeProvider clock) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok && !string.IsNullOrWhiteSpace(body.Text("name")) && !string.IsNullOrWhiteSpace(body.Text("password"))
                ? Results.Json(ClearSaleSimulator.Token(clock.GetUtcNow()), SandboxJson.Options)
                : ClearSaleProfile.Instance.Error(401, "Invalid credentials.");
        });

        // Routing ignores the trailing slash, so this also serves ClearSale's documented "v1/orders/".
        api.MapPost("/orders", SubmitAsync);

        api.MapGet("/orders/{code}/status", (HttpContext http, string code, ClearSaleSimulator clearSale, EffectRunner effects) =>
        {
            effects.Tag(http, code);
            return clearSale.Status(code).ToResult();
        });
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, ClearSaleSimulator clearSale, CallLedger ledger, EffectRunner effects)
    {
        var (ok, body) = await RequestJson.ReadAsync(http.Request);
        if (!ok)
        {
            return ClearSaleProfile.Instance.Error(400, "The request body is not valid JSON.");
        }

        var (reply, fresh) = clearSale.Submit(body);

        // One effect per new order; the code doubles as ClearSale's idempotency key.
        foreach (var code in fresh)
        {
            ledger.Record(PartnerNames.ClearSale, "order.create", code, code, reply.Status);
            effects.Tag(http, code);
        }

        return reply.ToResult();
    }
}
