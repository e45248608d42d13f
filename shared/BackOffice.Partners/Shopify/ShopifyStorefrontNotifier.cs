using System.Globalization;
using System.Net;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using BackOffice.Partners.Http;
using Microsoft.Extensions.Logging;
using Refit;

namespace BackOffice.Partners.Shopify;

/// <summary>
/// Tells Shopify what the hub did: a fulfillment with tracking once the label is bought (or the parcel shipped), the
/// cancellation. Shopify has no idempotency key, so a fulfillment is only created while the order still has an open
/// fulfillment order: a repeat finds it closed and creates nothing.
/// </summary>
public sealed class ShopifyStorefrontNotifier(IShopifyAdminApi api, ILogger<ShopifyStorefrontNotifier> logger) : IStorefrontNotifier
{
    public SalesChannel Channel => SalesChannel.Shopify;

    public async Task<StorefrontReply> NotifyAsync(StorefrontNotice notice, CancellationToken cancellationToken)
    {
        if (!long.TryParse(notice.ExternalId, NumberStyles.None, CultureInfo.InvariantCulture, out var orderId))
        {
            return StorefrontReply.Refused($"'{notice.ExternalId}' is not a Shopify order id.");
        }

        try
        {
            return notice.Kind switch
            {
                StorefrontNoticeKind.ReadyToShip or StorefrontNoticeKind.Shipped => await FulfillAsync(orderId, notice, cancellationToken),
                StorefrontNoticeKind.Cancelled => await CancelAsync(orderId, notice, cancellationToken),
                // Shopify has no step for these: the order is open there from the start, and invoices are the store's own.
                _ => StorefrontReply.Accepted,
            };
        }
        catch (ApiException error)
        {
            throw new PartnerApiException("Shopify", error.StatusCode, error.ReasonPhrase ?? "error", error.Content);
        }
    }

    private async Task<StorefrontReply> FulfillAsync(long orderId, StorefrontNotice notice, CancellationToken cancellationToken)
    {
        var lookup = await api.QueryFulfillmentOrdersAsync(
            new ShopifyGraphQlRequest(ShopifyQueries.FulfillmentOrders, new Dictionary<string, object?> { ["id"] = ShopifyQueries.OrderGid(orderId) }), cancellationToken);
        ThrowOnErrors(lookup.Errors);
        var open = (lookup.Data?.Order?.FulfillmentOrders?.Nodes ?? []).Where(node => ShopifyQueries.IsOpen(node.Status) && node.Id is not null).ToList();
        if (open.Count == 0)
        {
            logger.LogInformation("Shopify order {ShopifyOrderId} has no open fulfillment order; already fulfilled", orderId);
            return StorefrontReply.Accepted;
        }

        var tracking = notice.Tracking;
        var fulfillment = new Dictionary<string, object?>
        {
            ["lineItemsByFulfillmentOrder"] = open.Select(node => new Dictionary<string, object?> { ["fulfillmentOrderId"] = node.Id }).ToList(),
            ["notifyCustomer"] = true,
            ["trackingInfo"] = new Dictionary<string, object?> { ["number"] = tracking?.TrackingCode, ["company"] = tracking?.Carrier },
        };
        var created = await api.CreateFulfillmentAsync(
            new ShopifyGraphQlRequest(ShopifyQueries.FulfillmentCreate, new Dictionary<string, object?> { ["fulfillment"] = fulfillment }), cancellationToken);
        ThrowOnErrors(created.Errors);
        if (created.Data?.FulfillmentCreate?.UserErrors is { Count: > 0 } userErrors)
        {
            return StorefrontReply.Refused("Shopify refused the fulfillment: " + string.Join("; ", userErrors.Select(error => error.Message)));
        }

        logger.LogInformation("Shopify order {ShopifyOrderId} fulfilled: {FulfillmentId}", orderId, created.Data?.FulfillmentCreate?.Fulfillment?.Id);
        return StorefrontReply.Accepted;
    }

    private async Task<StorefrontReply> CancelAsync(long orderId, StorefrontNotice notice, CancellationToken cancellationToken)
    {
        using var response = await api.CancelOrderAsync(orderId, new ShopifyCancelRequest(ReasonFor(notice.CancelReason), Email: true), cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            logger.LogInformation("Shopify order {ShopifyOrderId} cancelled", orderId);
            return StorefrontReply.Accepted;
        }

        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            // "Order has already been cancelled" is what an earlier delivery of this notice did.
            return content.Contains("already", StringComparison.OrdinalIgnoreCase)
                ? StorefrontReply.Accepted
                : StorefrontReply.Refused($"Shopify 422: {content}");
        }

        throw new PartnerApiException("Shopify", response.StatusCode, response.ReasonPhrase ?? "error", content);
    }

    /// <summary>Shopify's cancel_reason values: a risk denial is fraud, a failed or expired payment declined.</summary>
    internal static string ReasonFor(string? cancelReason) => cancelReason switch
    {
        not null when cancelReason.StartsWith("RiskDenied", StringComparison.Ordinal) => "fraud",
        not null when cancelReason.StartsWith("PaymentDeclined", StringComparison.Ordinal) || cancelReason.StartsWith("PaymentExpired", StringComparison.Ordinal) => "declined",
        _ => "other",
    };

    // Top-level errors are the query's fault or throttling: thrown, so the message is retried.
    private static void ThrowOnErrors(IReadOnlyList<ShopifyGraphQlError>? errors)
    {
        if (errors is { Count: > 0 })
        {
            throw new PartnerApiException("Shopify", HttpStatusCode.OK, "GraphQL: " + string.Join("; ", errors.Select(error => error.Message)));
        }
    }
}
