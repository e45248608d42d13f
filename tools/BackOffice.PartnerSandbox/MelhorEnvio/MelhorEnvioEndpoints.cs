using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.MelhorEnvio;

/// <summary>Melhor Envio v2 under <c>/melhorenvio/api/v2/</c>, plus the printed-label URL it hands out.</summary>
public static class MelhorEnvioEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/melhorenvio/api/v2/me").AddEndpointFilter(new PartnerGate(MelhorEnvioProfile.Instance, requireAuth: true));

        // A quote changes nothing at Melhor Envio: answered, not in the ledger.
        api.MapPost("/shipment/calculate", async (HttpContext http) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok ? Results.Json(MelhorEnvioRates.Quote(body), SandboxJson.Options) : MelhorEnvioProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapPost("/cart", async (HttpContext http, MelhorEnvioSimulator carrier, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok
                ? effects.Run(http, PartnerNames.MelhorEnvio, "cart.add", null, () => carrier.AddToCart(body))
                : MelhorEnvioProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapDelete("/cart/{id}", (HttpContext http, string id, MelhorEnvioSimulator carrier, CallLedger ledger, EffectRunner effects) =>
            Record(http, "cart.remove", carrier.RemoveFromCart(id), ledger, effects));

        api.MapPost("/shipment/checkout", async (HttpContext http, MelhorEnvioSimulator carrier, CallLedger ledger, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok ? Record(http, "shipment.checkout", carrier.Checkout(body), ledger, effects) : MelhorEnvioProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapPost("/shipment/generate", async (HttpContext http, MelhorEnvioSimulator carrier, CallLedger ledger, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok ? Record(http, "shipment.generate", carrier.Generate(body), ledger, effects) : MelhorEnvioProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapPost("/shipment/cancel", async (HttpContext http, MelhorEnvioSimulator carrier, CallLedger ledger, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok ? Record(http, "shipment.cancel", carrier.Cancel(body), ledger, effects) : MelhorEnvioProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapPost("/shipment/print", async (HttpContext http, MelhorEnvioSimulator carrier) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            var publicBase = new Uri($"{http.Request.Scheme}://{http.Request.Host}/");
            return ok ? carrier.Print(body, publicBase).ToResult() : MelhorEnvioProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapPost("/shipment/tracking", async (HttpContext http, MelhorEnvioSimulator carrier) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok ? carrier.Tracking(body).ToResult() : MelhorEnvioProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapGet("/orders/{id}", (HttpContext http, string id, MelhorEnvioSimulator carrier, EffectRunner effects) =>
        {
            var (reply, orderRef) = carrier.Get(id);
            effects.Tag(http, orderRef);
            return reply.ToResult();
        });

        // The print URL is a plain link (no token), as Melhor Envio's is.
        app.MapGet("/melhorenvio/imprimir/{key}.pdf", (string key, MelhorEnvioSimulator carrier) =>
            carrier.PrintedLabels(key) is { } pdf ? Results.Bytes(pdf, "application/pdf") : MelhorEnvioProfile.Instance.Error(404, "Not Found"));
    }

    /// <summary>One ledger entry per label the call acted on, keyed by nothing: Melhor Envio has no idempotency key.</summary>
    private static IResult Record(HttpContext http, string operation, LabelBatch batch, CallLedger ledger, EffectRunner effects)
    {
        foreach (var label in batch.Affected)
        {
            ledger.Record(PartnerNames.MelhorEnvio, operation, label.OrderRef, null, batch.Reply.Status);
            effects.Tag(http, label.OrderRef);
        }

        return batch.Reply.ToResult();
    }
}
