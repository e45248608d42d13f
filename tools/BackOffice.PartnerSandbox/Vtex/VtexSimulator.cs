using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Vtex;

/// <summary>
/// VTEX OMS over seeded orders: read, start handling (only from <c>ready-for-handling</c>), invoice (a repeated
/// invoiceNumber returns the first receipt), add tracking, cancel (refused once invoiced), and the feed v3.
/// Order references are <c>vtex-&lt;orderId&gt;</c>, lower case, as the hub names them.
/// </summary>
public sealed class VtexSimulator(OrderFacts facts, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, VtexOrder> _orders = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<VtexFeedItem> _feed = [];

    public static string OrderRefOf(string orderId) => "vtex-" + orderId.ToLowerInvariant();

    public string Seed(JsonObject order)
    {
        var orderId = order.Text("orderId")!;
        var copy = (JsonObject)order.DeepClone();
        if (copy["status"] is not JsonValue status || status.GetValueKind() != JsonValueKind.String)
        {
            copy["status"] = "ready-for-handling";
        }

        var seeded = new VtexOrder(orderId, copy);
        facts.Learn(seeded.OrderRef, copy.Text("clientProfileData", "email"), (long?)copy.Number("value"), PaymentMethod(copy));
        lock (_gate)
        {
            _orders[orderId] = seeded;
            AddFeedItem(seeded, null);
        }

        return seeded.OrderRef;
    }

    public PartnerReply Get(string orderId)
    {
        lock (_gate)
        {
            return _orders.TryGetValue(orderId, out var order) ? PartnerReply.Json(200, View(order)) : NotFound();
        }
    }

    public Effect StartHandling(string orderId)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(orderId, out var order))
            {
                return Effect.Rejected(NotFound());
            }

            if (order.Status != "ready-for-handling")
            {
                return new Effect(VtexProfile.Reply(409, "OMS003", $"Order status should be ready-for-handling to perform this action, but it is {order.Status}."), order.OrderRef);
            }

            Move(order, "handling");
            return new Effect(PartnerReply.Empty(204), order.OrderRef);
        }
    }

    public Effect Invoice(string orderId, JsonNode? body)
    {
        var number = body.Text("invoiceNumber");
        lock (_gate)
        {
            if (!_orders.TryGetValue(orderId, out var order))
            {
                return Effect.Rejected(NotFound());
            }

            if (string.IsNullOrWhiteSpace(number) || body.Text("invoiceValue") is null)
            {
                return Effect.Rejected(VtexProfile.Reply(400, "1", "invoiceNumber and invoiceValue are required."));
            }

            if (order.InvoiceReceipts.TryGetValue(number, out var first))
            {
                return new Effect(PartnerReply.Json(200, first.DeepClone()), order.OrderRef, Replayed: true);
            }

            if (order.Status == "canceled")
            {
                return new Effect(VtexProfile.Reply(409, "1", "A canceled order cannot be invoiced."), order.OrderRef);
            }

            var invoice = (JsonObject)body!.DeepClone();
            invoice["type"] ??= "Output";
            order.Invoices[number] = invoice;
            if (invoice.Text("type") == "Output")
            {
                Move(order, "invoiced");
            }

            var receipt = Receipt(order);
            order.InvoiceReceipts[number] = receipt;
            return new Effect(PartnerReply.Json(200, receipt.DeepClone()), order.OrderRef);
        }
    }

    public Effect UpdateInvoice(string orderId, string invoiceNumber, JsonNode? body)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(orderId, out var order))
            {
                return Effect.Rejected(NotFound());
            }

            if (!order.Invoices.TryGetValue(invoiceNumber, out var invoice))
            {
                return Effect.Rejected(VtexProfile.Reply(404, "1", $"Invoice {invoiceNumber} not found."));
            }

            // VTEX's schema (Updatepartialinvoice.SendTrackingNumber.Request) requires all four.
            var missing = new[] { "trackingNumber", "trackingUrl", "courier", "dispatchedDate" }.Where(field => body.At(field) is null).ToList();
            if (missing.Count > 0)
            {
                return Effect.Rejected(VtexProfile.Reply(400, "1", $"Required: {string.Join(", ", missing)}."));
            }

            foreach (var field in new[] { "courier", "trackingNumber", "trackingUrl", "dispatchedDate" })
            {
                if (body.At(field) is { } value)
                {
                    invoice[field] = value.DeepClone();
                }
            }

            return new Effect(PartnerReply.Json(200, Receipt(order)), order.OrderRef);
        }
    }

    public Effect Cancel(string orderId)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(orderId, out var order))
            {
                return Effect.Rejected(NotFound());
            }

            if (order.CancelReceipt is { } first)
            {
                return new Effect(PartnerReply.Json(200, first.DeepClone()), order.OrderRef, Replayed: true);
            }

            if (order.Status == "invoiced" || order.Invoices.Values.Any(i => i.Text("type") == "Output"))
            {
                return new Effect(VtexProfile.Reply(409, "1", "The order cannot be canceled because it is already invoiced."), order.OrderRef);
            }

            Move(order, "canceled");
            order.CancelReceipt = Receipt(order);
            return new Effect(PartnerReply.Json(200, order.CancelReceipt.DeepClone()), order.OrderRef);
        }
    }

    public JsonArray Feed(int maxLot)
    {
        lock (_gate)
        {
            return new JsonArray(_feed.Take(Math.Clamp(maxLot, 1, 20)).Select(item => (JsonNode)new JsonObject
            {
                ["eventId"] = item.EventId,
                ["handle"] = item.Handle,
                ["domain"] = "Fulfillment",
                ["state"] = item.State,
                ["lastState"] = item.LastState,
                ["orderId"] = item.OrderId,
                ["lastChange"] = Timestamps.Iso(item.At),
                ["currentChange"] = Timestamps.Iso(item.At),
                ["availableDate"] = Timestamps.Iso(item.At),
            }).ToArray());
        }
    }

    public void Commit(IEnumerable<string> handles)
    {
        var committed = handles.ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            _feed.RemoveAll(item => committed.Contains(item.Handle));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _orders.Clear();
            _feed.Clear();
        }
    }

    private void Move(VtexOrder order, string status)
    {
        var last = order.Status;
        order.Status = status;
        AddFeedItem(order, last);
    }

    private void AddFeedItem(VtexOrder order, string? lastState)
        => _feed.Add(new VtexFeedItem(Guid.NewGuid().ToString("N"), SandboxIds.Random("hdl_"), order.OrderId, order.Status, lastState, clock.GetUtcNow()));

    private JsonObject Receipt(VtexOrder order) => new()
    {
        ["date"] = Timestamps.Iso(clock.GetUtcNow()),
        ["orderId"] = order.OrderId,
        ["receipt"] = Guid.NewGuid().ToString("N"),
    };

    private static JsonObject View(VtexOrder order)
    {
        var view = (JsonObject)order.Seed.DeepClone();
        view["status"] = order.Status;
        view["packageAttachment"] = new JsonObject
        {
            ["packages"] = new JsonArray(order.Invoices.Values.Select(i => i.DeepClone()).ToArray()),
        };
        return view;
    }

    private static PartnerReply NotFound() => VtexProfile.Reply(404, "OMS001", "Order not found.");

    /// <summary>PIX and boleto orders make the Pagar.me simulator create a pending charge instead of a card authorization.</summary>
    private static string? PaymentMethod(JsonObject order)
    {
        var payment = order.Items("paymentData", "transactions").SelectMany(t => t.Items("payments")).FirstOrDefault();
        var group = (payment.Text("group") ?? payment.Text("paymentSystemName") ?? string.Empty).ToLowerInvariant();
        return group switch
        {
            "" => null,
            _ when group.Contains("pix", StringComparison.Ordinal) || group.Contains("instantpayment", StringComparison.Ordinal) => "pix",
            _ when group.Contains("bankinvoice", StringComparison.Ordinal) || group.Contains("boleto", StringComparison.Ordinal) => "boleto",
            _ => "credit_card",
        };
    }
}
