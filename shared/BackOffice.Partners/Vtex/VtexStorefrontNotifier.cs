using System.Text.Json;
using System.Globalization;
using System.Net;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using BackOffice.Partners.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace BackOffice.Partners.Vtex;

/// <summary>
/// Tells VTEX what the hub did: start-handling once the order is received, the invoice once the NF-e is authorized,
/// tracking on that invoice, the cancellation. Each is safe to repeat at VTEX: start-handling answers 409 OMS003 once
/// done, the invoice number keys the invoice, a cancelled order's cancel returns its first receipt.
/// </summary>
public sealed class VtexStorefrontNotifier(IVtexApi api, IOptions<StorefrontTrackingSettings> tracking, TimeProvider clock, ILogger<VtexStorefrontNotifier> logger) : IStorefrontNotifier
{
    public SalesChannel Channel => SalesChannel.Vtex;

    public async Task<StorefrontReply> NotifyAsync(StorefrontNotice notice, CancellationToken cancellationToken)
    {
        try
        {
            return notice.Kind switch
            {
                StorefrontNoticeKind.Received => await StartHandlingAsync(notice, cancellationToken),
                StorefrontNoticeKind.Invoiced => await InvoiceAsync(notice, cancellationToken),
                StorefrontNoticeKind.ReadyToShip or StorefrontNoticeKind.Shipped => await TrackAsync(notice, cancellationToken),
                StorefrontNoticeKind.Cancelled => await CancelAsync(notice, cancellationToken),
                _ => StorefrontReply.Refused($"VTEX has nothing to show for {notice.Kind}."),
            };
        }
        catch (ApiException error) when (error.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            // VTEX will answer the same however often it is asked (cancel after invoice, unknown order, a body it refuses).
            var (code, message) = VtexErrors.Parse(error.Content);
            return StorefrontReply.Refused($"VTEX {(int)error.StatusCode} {code}: {message ?? error.ReasonPhrase}");
        }
        catch (ApiException error)
        {
            throw VtexErrors.Failure(error.StatusCode, error.Content, error.ReasonPhrase, error.Headers.RetryAfter);
        }
    }

    private async Task<StorefrontReply> StartHandlingAsync(StorefrontNotice notice, CancellationToken cancellationToken)
    {
        using var response = await api.StartHandlingAsync(notice.ExternalId, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            logger.LogInformation("VTEX order {VtexOrderId} is now in handling", notice.ExternalId);
            return StorefrontReply.Accepted;
        }

        var (code, message) = VtexErrors.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (response.StatusCode == HttpStatusCode.Conflict && code == "OMS003")
        {
            // Not ready-for-handling any more: started by an earlier delivery of this message, or moved on at VTEX.
            logger.LogInformation("VTEX order {VtexOrderId} was not ready for handling ({Message}); nothing to start", notice.ExternalId, message);
            return StorefrontReply.Accepted;
        }

        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict)
        {
            return StorefrontReply.Refused($"VTEX {(int)response.StatusCode} {code}: {message}");
        }

        throw VtexErrors.Failure(response.StatusCode, null, $"{code} {message ?? response.ReasonPhrase}".Trim(), response.Headers.RetryAfter);
    }

    private async Task<StorefrontReply> InvoiceAsync(StorefrontNotice notice, CancellationToken cancellationToken)
    {
        var invoice = notice.Invoice!;
        var receipt = await api.InvoiceAsync(notice.ExternalId, new VtexInvoiceRequest(
            "Output",
            invoice.IssuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            invoice.Number,
            invoice.ValueCents.ToString(CultureInfo.InvariantCulture),
            invoice.AccessKey,
            Uri.TryCreate(invoice.XmlLocation, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.ToString() : null,
            invoice.Xml,
            tracking.Value.TrackingCompany,
            // VTEX: "When the request is used for sending the invoice, this field should be left empty"; tracking goes in the PATCH.
            string.Empty,
            string.Empty,
            await InvoiceItemsAsync(notice, cancellationToken)), cancellationToken);
        logger.LogInformation("VTEX order {VtexOrderId} invoiced with NF-e {Number} (receipt {Receipt})", notice.ExternalId, invoice.Number, receipt.Receipt);
        return StorefrontReply.Accepted;
    }

    private async Task<StorefrontReply> TrackAsync(StorefrontNotice notice, CancellationToken cancellationToken)
    {
        if (notice.Invoice is not { } invoice)
        {
            return StorefrontReply.Refused("VTEX takes tracking on an invoice, and the order has none.");
        }

        if (notice.Tracking is not { TrackingCode: { Length: > 0 } code } parcel)
        {
            return StorefrontReply.Refused("VTEX takes tracking with its number, and the label has none yet.");
        }

        // All four are required by VTEX's schema; the dispatch date is the posting, or now when only labelled.
        var dispatched = (parcel.PostedAt ?? clock.GetUtcNow()).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        try
        {
            await api.UpdateTrackingAsync(
                notice.ExternalId,
                invoice.Number,
                new VtexTrackingRequest(code, tracking.Value.TrackingUrl(code), parcel.Carrier ?? tracking.Value.TrackingCompany, dispatched),
                cancellationToken);
        }
        catch (ApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            // The invoice notice is a message of its own and may still be on its way (or retrying): try again later.
            throw new PartnerApiException("VTEX", error.StatusCode, $"Invoice {invoice.Number} is not at VTEX yet; tracking waits for it.", error.Content);
        }

        logger.LogInformation("VTEX order {VtexOrderId}: tracking added to NF-e {Number}", notice.ExternalId, invoice.Number);
        return StorefrontReply.Accepted;
    }

    private async Task<StorefrontReply> CancelAsync(StorefrontNotice notice, CancellationToken cancellationToken)
    {
        var receipt = await api.CancelAsync(notice.ExternalId, new VtexCancelRequest(notice.CancelReason ?? "Cancelled by the store's back office"), cancellationToken);
        logger.LogInformation("VTEX order {VtexOrderId} cancelled (receipt {Receipt})", notice.ExternalId, receipt.Receipt);
        return StorefrontReply.Accepted;
    }

    /// <summary>
    /// VTEX invoices its own SKU ids, while the hub's lines carry the store's reference code (what the ERP and the NF-e
    /// know): the order is read back from VTEX to map one to the other.
    /// </summary>
    private async Task<IReadOnlyList<VtexInvoiceItem>> InvoiceItemsAsync(StorefrontNotice notice, CancellationToken cancellationToken)
    {
        using var response = await api.GetOrderAsync(notice.ExternalId, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw VtexErrors.Failure(response.StatusCode, body, response.ReasonPhrase, response.Headers.RetryAfter);
        }

        var skuIds = new Dictionary<string, string>(StringComparer.Ordinal);
        using var order = JsonDocument.Parse(body);
        if (order.RootElement.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
            {
                if (item.TryGetProperty("id", out var id) && id.GetString() is { } skuId)
                {
                    skuIds.TryAdd(skuId, skuId);
                    if (item.TryGetProperty("refId", out var refId) && refId.ValueKind == JsonValueKind.String)
                    {
                        skuIds.TryAdd(refId.GetString()!.Trim(), skuId);
                    }
                }
            }
        }

        return [.. notice.Lines.Select(line => new VtexInvoiceItem(skuIds.GetValueOrDefault(line.Sku, line.Sku), line.UnitPriceCents, line.Quantity))];
    }
}
