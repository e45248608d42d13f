using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>
/// The Shopify Admin calls the hub makes: create a fulfillment (REST or GraphQL <c>fulfillmentCreate</c>) and cancel.
/// The sandbox never saw the order itself (it reached the hub as a webhook), so any numeric id is accepted.
/// Shopify has no idempotency key here: each fulfillment call creates one. In GraphQL, an order's only fulfillment
/// order has the order's own id.
/// </summary>
public sealed class ShopifySimulator(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, ShopifyOrder> _orders = [];
    private long _lastFulfillmentId = 5_000_000_000;

    public static string OrderRefOf(long id) => "shopify-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Effect Fulfill(long orderId, JsonNode? body)
    {
        if (body.At("fulfillment") is not JsonObject request)
        {
            return Effect.Rejected(PartnerReply.Json(400, new { errors = new { fulfillment = "Required parameter missing or invalid" } }));
        }

        lock (_gate)
        {
            var order = Order(orderId);
            if (order.CancelledAt is not null)
            {
                return new Effect(PartnerReply.Json(422, new { errors = new { @base = new[] { "Cannot fulfill a cancelled order." } } }), order.OrderRef);
            }

            var number = request.Text("tracking_number") ?? request.Items("tracking_numbers").Select(n => n.Text()).FirstOrDefault();
            var url = request.Text("tracking_url") ?? request.Items("tracking_urls").Select(n => n.Text()).FirstOrDefault();
            var fulfillment = Create(order, number, url, request.Text("tracking_company"), request.At("line_items"), request.At("location_id"));
            return new Effect(PartnerReply.Json(201, new JsonObject { ["fulfillment"] = fulfillment.DeepClone() }), order.OrderRef);
        }
    }

    public Effect Cancel(long orderId, JsonNode? body)
    {
        lock (_gate)
        {
            var order = Order(orderId);
            if (order.CancelledAt is not null)
            {
                return new Effect(PartnerReply.Json(422, new { error = "Order has already been cancelled" }), order.OrderRef);
            }

            if (order.Fulfillments.Count > 0)
            {
                return new Effect(PartnerReply.Json(422, new { error = "Cannot cancel an order that has fulfillments" }), order.OrderRef);
            }

            order.CancelledAt = clock.GetUtcNow();
            order.CancelReason = body.Text("reason") ?? "other";
            return new Effect(PartnerReply.Json(200, new JsonObject
            {
                ["order"] = new JsonObject
                {
                    ["id"] = order.Id,
                    ["cancelled_at"] = Timestamps.Iso(order.CancelledAt),
                    ["cancel_reason"] = order.CancelReason,
                    ["closed_at"] = Timestamps.Iso(order.CancelledAt),
                },
            }), order.OrderRef);
        }
    }

    /// <summary>GraphQL: <c>order { fulfillmentOrders }</c> lookups and the <c>fulfillmentCreate</c> mutation.</summary>
    public Effect GraphQl(JsonNode? body)
    {
        var query = body.Text("query") ?? string.Empty;
        var variables = body.At("variables");
        if (query.Contains("fulfillmentCreate", StringComparison.Ordinal))
        {
            var input = variables.At("fulfillment") ?? variables.At("input");
            var fulfillmentOrder = input.Items("lineItemsByFulfillmentOrder").Select(l => l.Text("fulfillmentOrderId")).FirstOrDefault();
            if (GlobalId(fulfillmentOrder, "FulfillmentOrder") is not { } orderId)
            {
                return Effect.Rejected(PartnerReply.Json(200, UserError("fulfillmentOrderId is not a known fulfillment order.")));
            }

            lock (_gate)
            {
                var order = Order(orderId);
                if (order.CancelledAt is not null)
                {
                    return new Effect(PartnerReply.Json(200, UserError("Fulfillment order is closed.")), order.OrderRef);
                }

                var tracking = input.At("trackingInfo");
                var created = Create(order, tracking.Text("number"), tracking.Text("url"), tracking.Text("company"), null, null);
                return new Effect(PartnerReply.Json(200, new JsonObject
                {
                    ["data"] = new JsonObject
                    {
                        ["fulfillmentCreate"] = new JsonObject
                        {
                            ["fulfillment"] = new JsonObject
                            {
                                ["id"] = $"gid://shopify/Fulfillment/{created["id"]}",
                                ["status"] = "SUCCESS",
                                ["trackingInfo"] = new JsonArray(new JsonObject
                                {
                                    ["number"] = created["tracking_number"]?.DeepClone(),
                                    ["url"] = created["tracking_url"]?.DeepClone(),
                                    ["company"] = created["tracking_company"]?.DeepClone(),
                                }),
                            },
                            ["userErrors"] = new JsonArray(),
                        },
                    },
                }), order.OrderRef);
            }
        }

        if (query.Contains("fulfillmentOrders", StringComparison.Ordinal)
            && GlobalId(variables.Text("id") ?? variables.Text("orderId"), "Order") is { } id)
        {
            lock (_gate)
            {
                var order = Order(id);
                var open = order.CancelledAt is null && order.Fulfillments.Count == 0;
                return Effect.Read(PartnerReply.Json(200, new JsonObject
                {
                    ["data"] = new JsonObject
                    {
                        ["order"] = new JsonObject
                        {
                            ["id"] = $"gid://shopify/Order/{id}",
                            ["fulfillmentOrders"] = new JsonObject
                            {
                                ["nodes"] = new JsonArray(new JsonObject
                                {
                                    ["id"] = $"gid://shopify/FulfillmentOrder/{id}",
                                    ["status"] = open ? "OPEN" : "CLOSED",
                                }),
                            },
                        },
                    },
                }), order.OrderRef);
            }
        }

        return Effect.Rejected(PartnerReply.Json(200, new { errors = new[] { new { message = "The sandbox answers fulfillmentOrders queries and fulfillmentCreate only." } } }));
    }

    public void Clear()
    {
        lock (_gate)
        {
            _orders.Clear();
        }
    }

    private ShopifyOrder Order(long id)
    {
        if (!_orders.TryGetValue(id, out var order))
        {
            order = new ShopifyOrder(id);
            _orders[id] = order;
        }

        return order;
    }

    private JsonObject Create(ShopifyOrder order, string? number, string? url, string? company, JsonNode? lineItems, JsonNode? locationId)
    {
        var now = Timestamps.Iso(clock.GetUtcNow());
        var fulfillment = new JsonObject
        {
            ["id"] = ++_lastFulfillmentId,
            ["order_id"] = order.Id,
            ["name"] = $"#{order.Id}.{order.Fulfillments.Count + 1}",
            ["status"] = "success",
            ["service"] = "manual",
            ["location_id"] = locationId?.DeepClone(),
            ["tracking_company"] = company,
            ["tracking_number"] = number,
            ["tracking_numbers"] = number is null ? new JsonArray() : new JsonArray(number),
            ["tracking_url"] = url,
            ["tracking_urls"] = url is null ? new JsonArray() : new JsonArray(url),
            ["line_items"] = lineItems?.DeepClone() ?? new JsonArray(),
            ["created_at"] = now,
            ["updated_at"] = now,
        };
        order.Fulfillments.Add(fulfillment);
        return fulfillment;
    }

    private static JsonObject UserError(string message) => new()
    {
        ["data"] = new JsonObject
        {
            ["fulfillmentCreate"] = new JsonObject
            {
                ["fulfillment"] = null,
                ["userErrors"] = new JsonArray(new JsonObject { ["field"] = new JsonArray("fulfillment"), ["message"] = message }),
            },
        },
    };

    private static long? GlobalId(string? gid, string type)
    {
        var prefix = $"gid://shopify/{type}/";
        return gid is not null && gid.StartsWith(prefix, StringComparison.Ordinal) && long.TryParse(gid[prefix.Length..], out var id) ? id : null;
    }
}
