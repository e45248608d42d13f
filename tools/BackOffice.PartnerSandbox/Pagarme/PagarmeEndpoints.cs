using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Pagarme;

/// <summary>Pagar.me v5 under <c>/pagarme/core/v5/</c>: the same paths as https://api.pagar.me/core/v5/.</summary>
public static class PagarmeEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Pagar.me publishes its webhook keys at https://hubapi.pagar.me/.well-known/jwks.json, without authentication.
        app.MapGet("/pagarme/.well-known/jwks.json", (PagarmeSigningKey key) => Results.Json(key.Jwks()));

        var api = app.MapGroup("/pagarme/core/v5").AddEndpointFilter(new PartnerGate(PagarmeProfile.Instance, requireAuth: true));

        api.MapPost("/orders", async (HttpContext http, PagarmeSimulator pagarme, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok
                ? effects.Run(http, PartnerNames.Pagarme, "order.create", IdempotencyKey(http), () => pagarme.CreateOrder(body))
                : PagarmeProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapGet("/orders", (HttpContext http, string? code, PagarmeSimulator pagarme, EffectRunner effects) =>
        {
            effects.Tag(http, code);
            return pagarme.ListOrders(code).ToResult();
        });

        api.MapGet("/orders/{id}", (string id, PagarmeSimulator pagarme) => pagarme.GetOrder(id).ToResult());

        api.MapGet("/charges/{id}", (HttpContext http, string id, PagarmeSimulator pagarme, EffectRunner effects) =>
        {
            effects.Tag(http, pagarme.OrderRefOfCharge(id));
            return pagarme.GetCharge(id).ToResult();
        });

        api.MapPost("/charges/{id}/capture", async (HttpContext http, string id, PagarmeSimulator pagarme, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok
                ? effects.Run(http, PartnerNames.Pagarme, "charge.capture", IdempotencyKey(http), () => pagarme.Capture(id, (long?)body.Number("amount")))
                : PagarmeProfile.Instance.Error(400, "The request body is not valid JSON.");
        });

        api.MapDelete("/charges/{id}", async (HttpContext http, string id, PagarmeSimulator pagarme, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            if (!ok)
            {
                return PagarmeProfile.Instance.Error(400, "The request body is not valid JSON.");
            }

            // The ledger tells a void (before capture) from a refund (money returned).
            var operation = pagarme.WouldRefund(id) ? "charge.refund" : "charge.cancel";
            return effects.Run(http, PartnerNames.Pagarme, operation, IdempotencyKey(http), () => pagarme.Cancel(id, (long?)body.Number("amount")));
        });
    }

    private static string? IdempotencyKey(HttpContext http)
        => http.Request.Headers.TryGetValue("idempotency-key", out var key) && !string.IsNullOrWhiteSpace(key) ? key.ToString() : null;
}
