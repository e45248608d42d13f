using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Catalog;
using BackOffice.PartnerSandbox.ClearSale;
using BackOffice.PartnerSandbox.Erp;
using BackOffice.PartnerSandbox.Pagarme;
using BackOffice.PartnerSandbox.Shared;
using BackOffice.PartnerSandbox.Shopify;
using BackOffice.PartnerSandbox.Vtex;

namespace BackOffice.PartnerSandbox.Control;

/// <summary>The test-facing API under <c>/_sandbox/</c> (CONTRACT.md, "Partner sandbox").</summary>
public static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_sandbox");

        control.MapGet("/health", () => Results.Json(new { status = "ok", partners = PartnerNames.All }));

        // CONTRACT.md's fields on every entry; `detail` only on the entries that have one (a label's service).
        control.MapGet("/calls", (string? orderRef, string? partner, CallLedger ledger) =>
            Results.Json(ledger.Query(orderRef, partner).Select(c =>
            {
                var entry = new JsonObject
                {
                    ["partner"] = c.Partner,
                    ["operation"] = c.Operation,
                    ["orderRef"] = c.OrderRef,
                    ["idempotencyKey"] = c.IdempotencyKey,
                    ["at"] = JsonValue.Create(c.At),
                    ["status"] = c.Status,
                };
                if (c.Detail is not null)
                {
                    entry["detail"] = c.Detail;
                }

                return entry;
            })));

        control.MapGet("/faults", (FaultBook faults) => Results.Json(faults.Rules));

        control.MapPost("/faults", (FaultRule? rule, FaultBook faults) =>
        {
            var partner = rule?.Partner?.Trim().ToLowerInvariant();
            if (rule is null || partner is null || (partner != "*" && !PartnerNames.All.Contains(partner)))
            {
                return Invalid($"partner must be one of {string.Join(", ", PartnerNames.All)} or *.");
            }

            if (rule.ErrorRate is < 0 or > 1 || rule.TimeoutRate is < 0 or > 1 || rule.ErrorRate + rule.TimeoutRate > 1 || rule.LatencyMs < 0
                || rule.AfterEffectShare is < 0 or > 1)
            {
                return Invalid("errorRate and timeoutRate must be within 0..1 (together at most 1), afterEffectShare within 0..1 and latencyMs non-negative.");
            }

            faults.Set(rule with { Partner = partner });
            return Results.Json(faults.Rules);
        });

        control.MapPost("/reset", (bool? all, SandboxState state) =>
        {
            if (all == true)
            {
                state.ResetAll();
            }
            else
            {
                state.ResetCallsAndFaults();
            }

            return Results.NoContent();
        });

        control.MapPost("/shopify/orders/{orderId:long}/locations", async (HttpContext http, long orderId, ShopifySimulator shopify) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            var locations = body.Items("locations").Select(location => location.Text()).OfType<string>().ToList();
            if (!ok || locations.Count == 0)
            {
                return Invalid("expected { \"locations\": [\"gid://shopify/Location/1\", ...] }.");
            }

            shopify.SeedLocations(orderId, locations);
            return Results.NoContent();
        });

        control.MapPost("/vtex/orders", async (HttpContext http, VtexSimulator vtex) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            if (!ok || body is not JsonObject order || string.IsNullOrWhiteSpace(order.Text("orderId")))
            {
                return Invalid("expected a VTEX order JSON with an orderId.");
            }

            var orderRef = vtex.Seed(order);
            return Results.Json(new { orderRef }, statusCode: StatusCodes.Status201Created);
        });

        control.MapPost("/stock", (StockLevel[]? levels, StockLevels stock) =>
        {
            if (levels is null || levels.Any(l => string.IsNullOrWhiteSpace(l.Sku) || l.Quantity < 0))
            {
                return Invalid("expected [{ \"sku\": \"...\", \"quantity\": 12 }] with non-negative quantities.");
            }

            stock.Set(levels);
            return Results.NoContent();
        });

        // Zero and negative prices are accepted on purpose: the hub must refuse to push them, and tests need to send them.
        control.MapPost("/prices", (PriceRow[]? rows, PriceList prices) =>
        {
            if (rows is null || rows.Any(row => string.IsNullOrWhiteSpace(row.Sku) || (row.Promotions ?? []).Any(promotion => promotion.End <= promotion.Start)))
            {
                return Invalid("expected [{ \"sku\": \"...\", \"listPrice\": 4990, \"promotions\": [{ \"price\": 3990, \"start\": \"<ISO time>\", \"end\": \"<ISO time>\" }] }] with each end after its start.");
            }

            prices.Set(rows);
            return Results.NoContent();
        });

        // What each storefront simulator shows for a SKU, as the catalog syncs left it (null where nothing was pushed).
        control.MapGet("/catalog/{sku}", (string sku, StorefrontCatalog catalog) => Results.Json(new
        {
            sku,
            vtex = new { quantity = catalog.Quantity(PartnerNames.Vtex, sku), price = catalog.Price(PartnerNames.Vtex, sku) },
            shopify = new { quantity = catalog.Quantity(PartnerNames.Shopify, sku), price = catalog.Price(PartnerNames.Shopify, sku) },
        }));

        control.MapGet("/ratelimits", (CatalogRateLimits limits) => Results.Json(limits.View()));

        control.MapPost("/ratelimits", (RateLimitSetting? setting, CatalogRateLimits limits) =>
        {
            if (setting is null || setting.Capacity <= 0 || setting.RestorePerSecond <= 0 || !limits.Configure(setting))
            {
                return Invalid($"expected {{ \"budget\": \"{string.Join("|", CatalogRateLimits.Names)}\", \"capacity\": 1000, \"restorePerSecond\": 40 }} with positive numbers.");
            }

            return Results.Json(limits.View());
        });

        control.MapPost("/orders", (OrderFactSeed? seed, OrderFacts facts) =>
        {
            if (seed is null || string.IsNullOrWhiteSpace(seed.OrderRef))
            {
                return Invalid("orderRef is required.");
            }

            facts.Learn(seed.OrderRef, seed.Email, seed.AmountCents, seed.PaymentMethod);
            return Results.NoContent();
        });

        // Signs a body the way the Pagar.me simulator signs its webhooks, so tests can post authentic Pagar.me callbacks.
        control.MapPost("/pagarme/webhooks/sign", async (HttpContext http, PagarmeSigningKey key) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            return Results.Json(new { header = PagarmeSigningKey.HeaderName, value = key.SignatureHeader(body) });
        });

        // Plays ClearSale's analyst for orders left in manual review (AMA).
        control.MapPost("/clearsale/orders/{code}/status", (string code, ClearSaleDecision? decision, ClearSaleSimulator clearSale) =>
        {
            if (decision is null || !ClearSaleStatus.IsDecision(decision.Status))
            {
                return Invalid("status must be a ClearSale decision code (APA, APM, RPM, SUS, FRD, ...).");
            }

            return clearSale.Decide(code, decision.Status!) ? Results.NoContent() : Results.Problem(statusCode: 404, title: "unknown ClearSale order");
        });
    }

    private static IResult Invalid(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "invalid sandbox request", detail: detail);
}
