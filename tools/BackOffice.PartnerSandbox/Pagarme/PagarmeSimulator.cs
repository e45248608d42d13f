using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Pagarme;

/// <summary>
/// Pagar.me v5 orders and charges. Orders the hub looks up by code and never created behave as if the store's
/// checkout had created them: a card authorization waiting for capture, or a pending PIX/boleto when a seed said so.
/// Outcomes (<c>+decline</c>, <c>+nopay</c>) are read from <see cref="OrderFacts"/> when the charge moves.
/// </summary>
public sealed class PagarmeSimulator(OrderFacts facts, PagarmeWebhooks webhooks, BackgroundWork work, SandboxSettings settings, TimeProvider clock)
{
    /// <summary>The amount of a checkout-created order when no partner call or seed told the sandbox one.</summary>
    public const long DefaultAmountCents = 10000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, PagarmeOrder> _orders = [];

    // The hub looks orders up by code once or twice per order: an index keeps that from scanning every order.
    private readonly Dictionary<string, List<PagarmeOrder>> _ordersByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PagarmeCharge> _charges = [];
    private readonly List<(string Type, JsonObject Data, TimeSpan Delay)> _outbox = [];

    public Effect CreateOrder(JsonNode? body)
    {
        var payments = body.Items("payments").ToList();
        if (body is not JsonObject || payments.Count == 0 || !body.Items("items").Any())
        {
            return Effect.Rejected(PartnerReply.Json(422, new
            {
                message = "The request is invalid.",
                errors = new Dictionary<string, string[]> { ["order"] = ["items and payments are required."] },
            }));
        }

        // A card payment needs the card: card_token, card_id or card (CreateCreditCardPaymentRequest in Pagar.me's SDK).
        var cardless = payments.FindIndex(p => (p.Text("payment_method") ?? "credit_card") == "credit_card"
            && p.Text("credit_card", "card_token") is null && p.Text("credit_card", "card_id") is null && p.At("credit_card")?["card"] is null);
        if (cardless >= 0)
        {
            return Effect.Rejected(PartnerReply.Json(422, new
            {
                message = "The request is invalid.",
                errors = new Dictionary<string, string[]> { [$"order.payments[{cardless}].credit_card.card"] = ["The card field is required."] },
            }));
        }

        var code = body.Text("code");
        var itemsTotal = body.Items("items").Sum(i => (long)((i.Number("amount") ?? 0) * (i.Number("quantity") ?? 1)));
        facts.Learn(code, body.Text("customer", "email"), itemsTotal);
        lock (_gate)
        {
            var order = new PagarmeOrder(SandboxIds.Random("or_"), code, itemsTotal, clock.GetUtcNow())
            {
                Closed = body.At("closed")?.GetValueKind() != JsonValueKind.False,
                Items = body.At("items"),
                Customer = WithId(body.At("customer")),
                Metadata = body.At("metadata"),
            };
            foreach (var payment in payments)
            {
                var method = payment.Text("payment_method") ?? "credit_card";
                var amount = (long)(payment.Number("amount") ?? itemsTotal);
                var authOnly = payment.Text("credit_card", "operation_type") is "auth_only" or "pre_auth"
                    || payment.At("credit_card")?["capture"]?.GetValueKind() == JsonValueKind.False;
                var charge = AddCharge(order, method, amount);
                if (payment.Number("pix", "expires_in") is { } seconds && seconds > 0)
                {
                    charge.ExpiresAt = charge.CreatedAt.AddSeconds((double)seconds);
                }
                else if (DateTimeOffset.TryParse(payment.Text("boleto", "due_at"), out var dueAt))
                {
                    charge.ExpiresAt = dueAt;
                }

                if (method == "credit_card")
                {
                    if (facts.OutcomeOf(code) == CustomerOutcome.Decline)
                    {
                        Fail(charge);
                    }
                    else if (authOnly)
                    {
                        charge.TransactionStatus = "authorized_pending_capture";
                    }
                    else
                    {
                        Pay(charge, amount);
                    }
                }
            }

            Add(order);
            return Done(new Effect(PartnerReply.Json(200, PagarmeJson.Order(order)), code));
        }
    }

    /// <summary><c>GET /orders?code=</c>: the orders with that code, creating the checkout's order the first time.</summary>
    public PartnerReply ListOrders(string? code)
    {
        lock (_gate)
        {
            IEnumerable<PagarmeOrder> withCode = code is null ? _orders.Values : _ordersByCode.GetValueOrDefault(code) ?? [];
            var found = withCode.OrderBy(o => o.CreatedAt).ToList();
            if (found.Count == 0 && !string.IsNullOrWhiteSpace(code))
            {
                found.Add(CreateCheckoutOrder(code));
            }

            var data = new JsonArray(found.Select(o => (JsonNode)PagarmeJson.Order(o)).ToArray());
            return Done(PartnerReply.Json(200, new { data, paging = new { total = found.Count } }));
        }
    }

    /// <summary><c>GET /orders/{id}</c>: by Pagar.me id, or by our order reference (then as <see cref="ListOrders"/>).</summary>
    public PartnerReply GetOrder(string id)
    {
        lock (_gate)
        {
            if (_orders.TryGetValue(id, out var order))
            {
                return PartnerReply.Json(200, PagarmeJson.Order(order));
            }

            if (id.StartsWith("or_", StringComparison.Ordinal))
            {
                return PagarmeProfile.Instance.ErrorReply(404, "Order not found.");
            }

            order = _ordersByCode.GetValueOrDefault(id)?.MinBy(o => o.CreatedAt) ?? CreateCheckoutOrder(id);
            return Done(PartnerReply.Json(200, PagarmeJson.Order(order)));
        }
    }

    public PartnerReply GetCharge(string id)
    {
        lock (_gate)
        {
            return _charges.TryGetValue(id, out var charge)
                ? PartnerReply.Json(200, PagarmeJson.Charge(charge))
                : PagarmeProfile.Instance.ErrorReply(404, "Charge not found.");
        }
    }

    public string? OrderRefOfCharge(string id)
    {
        lock (_gate)
        {
            return _charges.TryGetValue(id, out var charge) ? charge.Order.Code : null;
        }
    }

    public Effect Capture(string chargeId, long? amount)
    {
        lock (_gate)
        {
            if (!_charges.TryGetValue(chargeId, out var charge))
            {
                return Effect.Rejected(PagarmeProfile.Instance.ErrorReply(404, "Charge not found."));
            }

            var code = charge.Order.Code;
            if (charge.Status != "pending" || charge.TransactionStatus != "authorized_pending_capture")
            {
                return new Effect(PagarmeProfile.Instance.ErrorReply(422, $"Charge can not be captured: its status is {charge.Status}."), code);
            }

            if (facts.OutcomeOf(code) == CustomerOutcome.Decline)
            {
                Fail(charge);
            }
            else
            {
                Pay(charge, amount is > 0 ? Math.Min(amount.Value, charge.Amount) : charge.Amount);
            }

            return Done(new Effect(PartnerReply.Json(200, PagarmeJson.Charge(charge)), code));
        }
    }

    /// <summary><c>DELETE /charges/{id}</c>: voids a pending charge, refunds a paid one; a final charge is returned as it is.</summary>
    public Effect Cancel(string chargeId, long? amount)
    {
        lock (_gate)
        {
            if (!_charges.TryGetValue(chargeId, out var charge))
            {
                return Effect.Rejected(PagarmeProfile.Instance.ErrorReply(404, "Charge not found."));
            }

            var refund = charge.Status == "paid";
            if (charge.Status is "pending" or "paid")
            {
                var now = clock.GetUtcNow();
                charge.CanceledAmount = amount is > 0 ? Math.Min(amount.Value, charge.Amount) : charge.Amount;
                charge.Status = "canceled";
                charge.TransactionStatus = refund ? "refunded" : charge.PaymentMethod == "credit_card" ? "voided" : "canceled";
                charge.CanceledAt = now;
                charge.UpdatedAt = charge.Order.UpdatedAt = now;
                if (refund)
                {
                    _outbox.Add(("charge.refunded", PagarmeJson.Charge(charge), settings.CallbackDelay));
                }
            }

            return Done(new Effect(PartnerReply.Json(200, PagarmeJson.Charge(charge)), charge.Order.Code));
        }
    }

    /// <summary>Whether cancelling the charge now would refund money (it was paid) rather than void it.</summary>
    public bool WouldRefund(string chargeId)
    {
        lock (_gate)
        {
            return _charges.TryGetValue(chargeId, out var charge) && charge.Status == "paid";
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _orders.Clear();
            _ordersByCode.Clear();
            _charges.Clear();
        }
    }

    private PagarmeOrder CreateCheckoutOrder(string code)
    {
        facts.Learn(code);
        var fact = facts.Get(code);
        var amount = fact.AmountCents ?? DefaultAmountCents;
        var order = new PagarmeOrder(SandboxIds.Random("or_"), code, amount, clock.GetUtcNow())
        {
            Items = new JsonArray(new JsonObject { ["amount"] = amount, ["description"] = "Pedido " + code, ["quantity"] = 1, ["code"] = code }),
            Customer = new JsonObject { ["id"] = SandboxIds.Random("cus_"), ["name"] = "Sandbox customer", ["type"] = "individual" },
        };
        var method = fact.PaymentMethod is "pix" or "boleto" ? fact.PaymentMethod : "credit_card";
        var charge = AddCharge(order, method, amount);
        if (method == "credit_card")
        {
            charge.TransactionStatus = "authorized_pending_capture";
        }

        Add(order);
        return order;
    }

    private void Add(PagarmeOrder order)
    {
        _orders[order.Id] = order;
        if (order.Code is not null)
        {
            if (!_ordersByCode.TryGetValue(order.Code, out var sameCode))
            {
                _ordersByCode[order.Code] = sameCode = [];
            }

            sameCode.Add(order);
        }
    }

    private PagarmeCharge AddCharge(PagarmeOrder order, string method, long amount)
    {
        var charge = new PagarmeCharge(SandboxIds.Random("ch_"), order, method, amount, clock.GetUtcNow());
        order.Charges.Add(charge);
        _charges[charge.Id] = charge;
        if (method is "pix" or "boleto")
        {
            charge.TransactionStatus = method == "pix" ? "waiting_payment" : "generated";
            work.After(settings.PaymentDelay, $"pagarme settle {charge.Id}", _ => Settle(charge.Id));
        }

        return charge;
    }

    /// <summary>The customer pays a PIX/boleto, or not (<c>+nopay</c>), or the bank refuses it (<c>+decline</c>).</summary>
    private Task Settle(string chargeId)
    {
        lock (_gate)
        {
            if (!_charges.TryGetValue(chargeId, out var charge) || charge.Status != "pending")
            {
                return Task.CompletedTask;
            }

            // A PIX QR code past its expires_in can no longer be paid: a customer who comes too late pays nothing, and
            // the hub, which sees the charge still pending past its expiry, expires the order (no money to give back).
            if (charge.PaymentMethod == "pix" && charge.ExpiresAt is { } expiresAt && clock.GetUtcNow() >= expiresAt)
            {
                return Task.CompletedTask;
            }

            switch (facts.OutcomeOf(charge.Order.Code))
            {
                case CustomerOutcome.NoPay:
                    return Task.CompletedTask;
                case CustomerOutcome.Decline:
                    Fail(charge, TimeSpan.Zero);
                    break;
                default:
                    Pay(charge, charge.Amount, TimeSpan.Zero);
                    break;
            }

            Flush();
        }

        return Task.CompletedTask;
    }

    private void Pay(PagarmeCharge charge, long amount, TimeSpan? delay = null)
    {
        var now = clock.GetUtcNow();
        charge.Status = "paid";
        charge.TransactionStatus = charge.PaymentMethod == "credit_card" ? "captured" : "paid";
        charge.PaidAmount = amount;
        charge.PaidAt = now;
        charge.UpdatedAt = charge.Order.UpdatedAt = now;
        _outbox.Add(("charge.paid", PagarmeJson.Charge(charge), delay ?? settings.CallbackDelay));
        if (charge.Order.Status == "paid")
        {
            _outbox.Add(("order.paid", PagarmeJson.Order(charge.Order), delay ?? settings.CallbackDelay));
        }
    }

    private void Fail(PagarmeCharge charge, TimeSpan? delay = null)
    {
        charge.Status = "failed";
        charge.TransactionStatus = charge.PaymentMethod == "credit_card" ? "not_authorized" : "failed";
        charge.UpdatedAt = charge.Order.UpdatedAt = clock.GetUtcNow();
        _outbox.Add(("charge.payment_failed", PagarmeJson.Charge(charge), delay ?? settings.CallbackDelay));
    }

    private T Done<T>(T result)
    {
        Flush();
        return result;
    }

    /// <summary>Webhooks are queued while state changes and sent once the change is complete.</summary>
    private void Flush()
    {
        foreach (var (type, data, delay) in _outbox)
        {
            webhooks.Send(type, data, delay);
        }

        _outbox.Clear();
    }

    private static JsonNode? WithId(JsonNode? customer)
    {
        if (customer?.DeepClone() is not JsonObject copy)
        {
            return null;
        }

        copy["id"] ??= SandboxIds.Random("cus_");
        return copy;
    }
}
