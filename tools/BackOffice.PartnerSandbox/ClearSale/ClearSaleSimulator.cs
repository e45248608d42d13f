using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.ClearSale;

/// <summary>
/// ClearSale Total: orders arrive as NVO and get a decision after <see cref="SandboxSettings.RiskDelay"/>, chosen
/// by the e-mail marker at that moment. The order code is the order reference and, since ClearSale keeps one
/// analysis per code, a resend of a known code is answered with its current state and is not a new effect.
/// </summary>
public sealed class ClearSaleSimulator(OrderFacts facts, ClearSaleCallbacks callbacks, BackgroundWork work, SandboxSettings settings, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ClearSaleOrder> _orders = new(StringComparer.OrdinalIgnoreCase);

    public static object Token(DateTimeOffset now) => new
    {
        Token = SandboxIds.Random("cs_"),
        ExpirationDate = Timestamps.Iso(now.AddHours(1)),
    };

    /// <summary>
    /// Accepts one order, a JSON object, as ClearSale's Total manual documents <c>POST /v1/orders/</c> (only the
    /// Tickets product takes an array).
    /// </summary>
    public (PartnerReply Reply, IReadOnlyList<string> NewCodes) Submit(JsonNode? body)
    {
        if (body is not JsonObject submitted)
        {
            return (ClearSaleProfile.Instance.ErrorReply(400, "The request is invalid: send one order as a JSON object."), []);
        }

        if (string.IsNullOrWhiteSpace(submitted.Text("code")))
        {
            return (ClearSaleProfile.Instance.ErrorReply(400, "The order needs a code."), []);
        }

        List<JsonNode> orders = [submitted];
        var answers = new JsonArray();
        var fresh = new List<string>();
        lock (_gate)
        {
            foreach (var order in orders)
            {
                var code = order.Text("code")!;
                facts.Learn(code, order.Text("email") ?? order.Text("billing", "email") ?? order.Text("shipping", "email"), Cents(order.Number("totalValue")));
                if (!_orders.TryGetValue(code, out var known))
                {
                    known = new ClearSaleOrder(code, clock.GetUtcNow());
                    _orders[code] = known;
                    fresh.Add(code);
                    work.After(settings.RiskDelay, "clearsale decide " + code, _ => DecideAutomatically(code));
                }

                answers.Add(new JsonObject { ["code"] = code, ["status"] = known.Status, ["score"] = known.Score });
            }
        }

        return (PartnerReply.Json(200, new JsonObject { ["packageID"] = Guid.NewGuid().ToString(), ["orders"] = answers }), fresh);
    }

    public PartnerReply Status(string code)
    {
        lock (_gate)
        {
            return _orders.TryGetValue(code, out var order)
                ? PartnerReply.Json(200, new JsonObject { ["code"] = order.Code, ["status"] = order.Status, ["score"] = order.Score })
                : ClearSaleProfile.Instance.ErrorReply(404, "Order not found.");
        }
    }

    /// <summary>An analyst's decision (control API); false when the code is unknown.</summary>
    public bool Decide(string code, string status)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(code, out var order))
            {
                return false;
            }

            order.Status = status;
            order.Score ??= 50m;
        }

        callbacks.StatusChanged(code);
        return true;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _orders.Clear();
        }
    }

    private Task DecideAutomatically(string code)
    {
        var (status, score) = facts.OutcomeOf(code) switch
        {
            CustomerOutcome.Review => (ClearSaleStatus.ManualAnalysisPending, 65.0m),
            CustomerOutcome.Deny => (ClearSaleStatus.RejectedNoSuspicion, 98.0m),
            _ => (ClearSaleStatus.ApprovedAutomatically, 12.5m),
        };
        lock (_gate)
        {
            if (!_orders.TryGetValue(code, out var order) || order.Status != ClearSaleStatus.New)
            {
                return Task.CompletedTask;
            }

            order.Status = status;
            order.Score = score;
        }

        callbacks.StatusChanged(code);
        return Task.CompletedTask;
    }

    private static long? Cents(decimal? reais) => reais is { } value ? (long)Math.Round(value * 100m) : null;
}
