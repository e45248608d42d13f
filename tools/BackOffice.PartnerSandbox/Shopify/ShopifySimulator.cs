using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>
/// The GraphQL Admin calls the hub makes: an order's fulfillment orders, <c>fulfillmentCreate</c> (fulfillment orders of
/// one location per call, as Shopify requires), <c>orderCancel</c> (a background job, done when the hub next asks about
/// it) with <c>job</c> and <c>order { cancelledAt }</c> to follow it. The sandbox never saw the order itself (it reached
/// the hub as a webhook), so any numeric id is accepted, shipping from one location unless seeded with more. Shopify has
/// no idempotency key here: each fulfillment call creates one.
/// </summary>
public sealed class ShopifySimulator(TimeProvider clock)
{
    public const string DefaultLocation = "gid://shopify/Location/1";

    private readonly Lock _gate = new();
    private readonly Dictionary<long, ShopifyOrder> _orders = [];
    private readonly Dictionary<long, IReadOnlyList<string>> _locations = [];
    private long _lastFulfillmentId = 5_000_000_000;

    public static string OrderRefOf(long id) => "shopify-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Makes the order ship from these locations: one fulfillment order each.</summary>
    public void SeedLocations(long orderId, IReadOnlyList<string> locations)
    {
        lock (_gate)
        {
            _locations[orderId] = locations.Count == 0 ? [DefaultLocation] : locations;
            _orders.Remove(orderId);
        }
    }

    public Effect GraphQl(JsonNode? body)
    {
        var query = body.Text("query") ?? string.Empty;
        var variables = body.At("variables");
        lock (_gate)
        {
            if (query.Contains("orderCancel", StringComparison.Ordinal))
            {
                return CancelOrder(variables);
            }

            if (query.Contains("fulfillmentCreate", StringComparison.Ordinal))
            {
                return CreateFulfillment(variables.At("fulfillment"));
            }

            if (query.Contains("job(", StringComparison.Ordinal))
            {
                return Job(variables.Text("id"));
            }

            if (query.Contains("order(", StringComparison.Ordinal) && GlobalId(variables.Text("id"), "Order") is { } id)
            {
                return Effect.Read(Data(new JsonObject { ["order"] = OrderView(Order(id), query) }), Order(id).OrderRef);
            }
        }

        return Effect.Rejected(PartnerReply.Json(200, new { errors = new[] { new { message = "The sandbox answers order, job, fulfillmentCreate and orderCancel only." } } }));
    }

    public void Clear()
    {
        lock (_gate)
        {
            _orders.Clear();
            _locations.Clear();
        }
    }

    private Effect CreateFulfillment(JsonNode? input)
    {
        var ids = input.Items("lineItemsByFulfillmentOrder").Select(line => line.Text("fulfillmentOrderId")).ToList();
        var order = ids.Count == 0 || ids[0] is not { } first
            ? null
            : _orders.Values.FirstOrDefault(candidate => candidate.FulfillmentOrders.ContainsKey(first))
              ?? (GlobalId(first, "FulfillmentOrder") is { } orderId ? Order(orderId) : null);
        if (order is null || ids.Any(id => id is null || !order.FulfillmentOrders.ContainsKey(id)))
        {
            return Effect.Rejected(UserErrors("fulfillmentCreate", "fulfillmentOrderId is not a known fulfillment order."));
        }

        if (ids.Select(id => order.FulfillmentOrders[id!].Location).Distinct().Count() > 1)
        {
            return new Effect(UserErrors("fulfillmentCreate", "All fulfillment orders must be assigned to the same location."), order.OrderRef);
        }

        if (order.CancelledAt is not null || ids.Any(id => order.FulfillmentOrders[id!].Closed))
        {
            return new Effect(UserErrors("fulfillmentCreate", "Fulfillment order is closed."), order.OrderRef);
        }

        foreach (var id in ids)
        {
            order.FulfillmentOrders[id!] = (order.FulfillmentOrders[id!].Location, true);
        }

        var tracking = input.At("trackingInfo");
        var fulfillment = new JsonObject
        {
            ["id"] = $"gid://shopify/Fulfillment/{++_lastFulfillmentId}",
            ["status"] = "SUCCESS",
            ["location"] = order.FulfillmentOrders[ids[0]!].Location,
            ["trackingInfo"] = new JsonArray(new JsonObject
            {
                ["number"] = tracking.Text("number"),
                ["company"] = tracking.Text("company"),
                ["url"] = tracking.Text("url"),
            }),
            ["createdAt"] = Timestamps.Iso(clock.GetUtcNow()),
        };
        order.Fulfillments.Add(fulfillment);
        return new Effect(Data(new JsonObject
        {
            ["fulfillmentCreate"] = new JsonObject { ["fulfillment"] = fulfillment.DeepClone(), ["userErrors"] = new JsonArray() },
        }), order.OrderRef);
    }

    private Effect CancelOrder(JsonNode? variables)
    {
        if (GlobalId(variables.Text("orderId"), "Order") is not { } id)
        {
            return Effect.Rejected(CancelErrors("NOT_FOUND", "Order does not exist."));
        }

        var order = Order(id);
        if (variables.At("refundMethod") is null || variables.At("restock") is null || variables.Text("reason") is null)
        {
            return Effect.Rejected(PartnerReply.Json(200, new { errors = new[] { new { message = "Variables refundMethod, restock and reason are required." } } }));
        }

        if (order.CancelledAt is not null || order.CancelJob is not null)
        {
            return new Effect(CancelErrors("INVALID", "Order has already been cancelled."), order.OrderRef);
        }

        if (order.Fulfillments.Count > 0)
        {
            return new Effect(CancelErrors("INVALID", "Cannot cancel an order that has fulfillments."), order.OrderRef);
        }

        order.CancelJob = $"gid://shopify/Job/{Guid.NewGuid()}";
        order.CancelReason = variables.Text("reason");
        return new Effect(Data(new JsonObject
        {
            ["orderCancel"] = new JsonObject
            {
                ["job"] = new JsonObject { ["id"] = order.CancelJob, ["done"] = false },
                ["orderCancelUserErrors"] = new JsonArray(),
                ["userErrors"] = new JsonArray(),
            },
        }), order.OrderRef);
    }

    private Effect Job(string? jobId)
    {
        var order = _orders.Values.FirstOrDefault(candidate => candidate.CancelJob == jobId);
        if (order is not null && order.CancelledAt is null)
        {
            order.CancelledAt = clock.GetUtcNow();
            foreach (var id in order.FulfillmentOrders.Keys.ToList())
            {
                order.FulfillmentOrders[id] = (order.FulfillmentOrders[id].Location, true);
            }
        }

        // A job the sandbox does not know is one that finished long ago.
        return Effect.Read(Data(new JsonObject { ["job"] = new JsonObject { ["id"] = jobId, ["done"] = true } }), order?.OrderRef);
    }

    private static JsonObject OrderView(ShopifyOrder order, string query)
    {
        var view = new JsonObject { ["id"] = $"gid://shopify/Order/{order.Id}", ["cancelledAt"] = Timestamps.Iso(order.CancelledAt) };
        if (query.Contains("fulfillmentOrders", StringComparison.Ordinal))
        {
            view["fulfillmentOrders"] = new JsonObject
            {
                ["nodes"] = new JsonArray(order.FulfillmentOrders.Select(node => (JsonNode)new JsonObject
                {
                    ["id"] = node.Key,
                    ["status"] = node.Value.Closed ? "CLOSED" : "OPEN",
                    ["assignedLocation"] = new JsonObject { ["location"] = new JsonObject { ["id"] = node.Value.Location } },
                }).ToArray()),
            };
        }

        return view;
    }

    private ShopifyOrder Order(long id)
    {
        if (!_orders.TryGetValue(id, out var order))
        {
            order = new ShopifyOrder(id, _locations.GetValueOrDefault(id) ?? [DefaultLocation]);
            _orders[id] = order;
        }

        return order;
    }

    private static PartnerReply Data(JsonObject data) => PartnerReply.Json(200, new JsonObject { ["data"] = data });

    private static PartnerReply UserErrors(string mutation, string message) => Data(new JsonObject
    {
        [mutation] = new JsonObject
        {
            ["fulfillment"] = null,
            ["userErrors"] = new JsonArray(new JsonObject { ["field"] = new JsonArray("fulfillment"), ["message"] = message }),
        },
    });

    private static PartnerReply CancelErrors(string code, string message) => Data(new JsonObject
    {
        ["orderCancel"] = new JsonObject
        {
            ["job"] = null,
            ["orderCancelUserErrors"] = new JsonArray(new JsonObject { ["field"] = new JsonArray("orderId"), ["message"] = message, ["code"] = code }),
            ["userErrors"] = new JsonArray(),
        },
    });

    private static long? GlobalId(string? gid, string type)
    {
        var prefix = $"gid://shopify/{type}/";
        return gid is not null && gid.StartsWith(prefix, StringComparison.Ordinal) && long.TryParse(gid[prefix.Length..], out var id) ? id : null;
    }
}
