using System.Globalization;
using System.Net;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using BackOffice.Partners.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace BackOffice.Partners.Shopify;

/// <summary>
/// Tells Shopify what the hub did, through the GraphQL Admin API: a fulfillment with tracking once the label is bought
/// (one <c>fulfillmentCreate</c> per location, as the mutation takes fulfillment orders of one location only), and the
/// cancellation (<c>orderCancel</c>, a background job the hub follows to its end). Shopify has no idempotency key, so a
/// fulfillment is only created for fulfillment orders still open, and a cancel only for an order not yet cancelled: a
/// repeat finds them done and sends nothing.
/// </summary>
public sealed class ShopifyStorefrontNotifier(
    IShopifyAdminApi api,
    IOptions<ShopifyOptions> options,
    IOptions<StorefrontTrackingSettings> tracking,
    TimeProvider clock,
    ILogger<ShopifyStorefrontNotifier> logger) : IStorefrontNotifier
{
    public SalesChannel Channel => SalesChannel.Shopify;

    private string Version => options.Value.ApiVersion;

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
        var lookup = await api.QueryOrderAsync(Version, Request(ShopifyQueries.FulfillmentOrders, ("id", ShopifyQueries.OrderGid(orderId))), cancellationToken);
        ThrowOnErrors(lookup.Errors);
        var open = (lookup.Data?.Order?.FulfillmentOrders?.Nodes ?? []).Where(node => ShopifyQueries.IsOpen(node.Status) && node.Id is not null).ToList();
        if (open.Count == 0)
        {
            logger.LogInformation("Shopify order {ShopifyOrderId} has no open fulfillment order; already fulfilled", orderId);
            return StorefrontReply.Accepted;
        }

        var code = notice.Tracking?.TrackingCode;
        var refusals = new List<string>();
        foreach (var location in open.GroupBy(node => node.LocationId))
        {
            var fulfillment = new Dictionary<string, object?>
            {
                ["lineItemsByFulfillmentOrder"] = location.Select(node => new Dictionary<string, object?> { ["fulfillmentOrderId"] = node.Id }).ToList(),
                ["notifyCustomer"] = true,
                // A company Shopify knows gets its tracking link built by Shopify; the URL covers any other.
                ["trackingInfo"] = new Dictionary<string, object?> { ["number"] = code, ["company"] = tracking.Value.TrackingCompany, ["url"] = tracking.Value.TrackingUrl(code) },
            };
            var created = await api.CreateFulfillmentAsync(Version, Request(ShopifyQueries.FulfillmentCreate, ("fulfillment", fulfillment)), cancellationToken);
            ThrowOnErrors(created.Errors);
            if (created.Data?.FulfillmentCreate?.UserErrors is { Count: > 0 } userErrors)
            {
                refusals.Add($"location {location.Key}: " + string.Join("; ", userErrors.Select(error => error.Message)));
                continue;
            }

            logger.LogInformation("Shopify order {ShopifyOrderId} fulfilled from location {LocationId}: {FulfillmentId}", orderId, location.Key, created.Data?.FulfillmentCreate?.Fulfillment?.Id);
        }

        return refusals.Count == 0 ? StorefrontReply.Accepted : StorefrontReply.Refused("Shopify refused the fulfillment: " + string.Join(" | ", refusals));
    }

    private async Task<StorefrontReply> CancelAsync(long orderId, StorefrontNotice notice, CancellationToken cancellationToken)
    {
        var gid = ShopifyQueries.OrderGid(orderId);
        if (await IsCancelledAsync(gid, cancellationToken))
        {
            // What an earlier delivery of this notice did.
            return StorefrontReply.Accepted;
        }

        var answer = await api.CancelOrderAsync(
            Version,
            Request(
                ShopifyQueries.OrderCancel,
                ("orderId", gid),
                ("notifyCustomer", true),
                // The hub's own compensation refunds at its gateway: Shopify must not refund a second time.
                ("refundMethod", new Dictionary<string, object?> { ["originalPaymentMethodsRefund"] = false }),
                // The hub's stock sync owns Shopify's inventory levels.
                ("restock", false),
                ("reason", ReasonFor(notice.CancelReason)),
                ("staffNote", notice.CancelReason)),
            cancellationToken);
        ThrowOnErrors(answer.Errors);
        if (answer.Data?.OrderCancel?.OrderCancelUserErrors is { Count: > 0 } userErrors)
        {
            return await IsCancelledAsync(gid, cancellationToken)
                ? StorefrontReply.Accepted
                : StorefrontReply.Refused("Shopify refused the cancellation: " + string.Join("; ", userErrors.Select(error => $"{error.Code} {error.Message}".Trim())));
        }

        var job = answer.Data?.OrderCancel?.Job ?? throw new PartnerApiException("Shopify", HttpStatusCode.OK, "orderCancel answered without a job.");
        for (var poll = 0; !job.Done && poll < options.Value.CancelJobPolls; poll++)
        {
            await Task.Delay(options.Value.CancelJobPollInterval, clock, cancellationToken);
            var state = await api.QueryJobAsync(Version, Request(ShopifyQueries.Job, ("id", job.Id)), cancellationToken);
            ThrowOnErrors(state.Errors);
            job = state.Data?.Job ?? job;
        }

        if (!job.Done)
        {
            // Retried later: the retry finds the order cancelled, or asks again (Shopify refuses a second cancel).
            throw new PartnerApiException("Shopify", HttpStatusCode.Accepted, $"orderCancel job {job.Id} for order {orderId} is still running.");
        }

        if (!await IsCancelledAsync(gid, cancellationToken))
        {
            return StorefrontReply.Refused($"Shopify's cancel job {job.Id} finished but order {orderId} is not cancelled.");
        }

        logger.LogInformation("Shopify order {ShopifyOrderId} cancelled (job {JobId})", orderId, job.Id);
        return StorefrontReply.Accepted;
    }

    private async Task<bool> IsCancelledAsync(string gid, CancellationToken cancellationToken)
    {
        var order = await api.QueryOrderAsync(Version, Request(ShopifyQueries.OrderCancelled, ("id", gid)), cancellationToken);
        ThrowOnErrors(order.Errors);
        return order.Data?.Order?.CancelledAt is not null;
    }

    /// <summary>Shopify's <c>OrderCancelReason</c>: a risk denial is FRAUD, a failed or expired payment DECLINED, ops' cancel OTHER.</summary>
    internal static string ReasonFor(string? cancelReason) => cancelReason switch
    {
        not null when cancelReason.StartsWith("RiskDenied", StringComparison.Ordinal) => "FRAUD",
        not null when cancelReason.StartsWith("PaymentDeclined", StringComparison.Ordinal) || cancelReason.StartsWith("PaymentExpired", StringComparison.Ordinal) => "DECLINED",
        _ => "OTHER",
    };

    private static ShopifyGraphQlRequest Request(string query, params (string Name, object? Value)[] variables) =>
        new(query, variables.ToDictionary(variable => variable.Name, variable => variable.Value));

    // Top-level errors are the query's fault or throttling: thrown, so the message is retried.
    private static void ThrowOnErrors(IReadOnlyList<ShopifyGraphQlError>? errors)
    {
        if (errors is { Count: > 0 })
        {
            throw new PartnerApiException("Shopify", HttpStatusCode.OK, "GraphQL: " + string.Join("; ", errors.Select(error => error.Message)));
        }
    }
}
