using System.Globalization;
using System.Net;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Domain.Shipping;
using BackOffice.Partners.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace BackOffice.Partners.MelhorEnvio;

/// <summary>The carrier port on Melhor Envio. Logs order references, label ids and statuses, never addresses.</summary>
public sealed class MelhorEnvioShippingCarrier(
    IMelhorEnvioApi api,
    IOptions<MelhorEnvioOptions> carrier,
    IOptions<ShippingSettings> shipping,
    ILogger<MelhorEnvioShippingCarrier> logger) : IShippingCarrier
{
    public async Task<IReadOnlyList<ServiceQuote>> QuoteAsync(QuoteRequest request, CancellationToken cancellationToken)
    {
        var answer = await Call(() => api.CalculateAsync(MelhorEnvioCartBuilder.Quote(request, shipping.Value), cancellationToken), request.OrderRef);
        var quotes = new List<ServiceQuote>();
        foreach (var service in answer)
        {
            if (service is { Error: null, Price: { } price, DeliveryTime: { } days })
            {
                quotes.Add(new ServiceQuote(service.Id, service.Company?.Name ?? "", service.Name ?? service.Id.ToString(CultureInfo.InvariantCulture), Money.ToCents(price), days));
            }
            else
            {
                logger.LogInformation("Melhor Envio service {ServiceId} cannot carry order {OrderRef}'s parcel: {Error}", service.Id, request.OrderRef, service.Error ?? "no price or delivery time");
            }
        }

        logger.LogInformation("Melhor Envio quoted {Count} of {Total} services for order {OrderRef}", quotes.Count, answer.Count, request.OrderRef);
        return quotes;
    }

    public async Task<string> AddToCartAsync(ShipmentRequest request, CancellationToken cancellationToken)
    {
        var item = MelhorEnvioCartBuilder.Build(request, carrier.Value, shipping.Value);
        var label = await Call(() => api.AddToCartAsync(item, cancellationToken), request.OrderRef);
        logger.LogInformation("Melhor Envio label {LabelId} in the cart for order {OrderRef}", label.Id, request.OrderRef);
        return label.Id;
    }

    /// <summary>A label already gone (404: removed by an earlier try whose answer was lost) is what was asked for.</summary>
    public async Task RemoveFromCartAsync(string labelId, CancellationToken cancellationToken)
    {
        try
        {
            await api.RemoveFromCartAsync(labelId, cancellationToken);
            logger.LogInformation("Melhor Envio label {LabelId} removed from the cart", labelId);
        }
        catch (ApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            logger.LogInformation("Melhor Envio label {LabelId} is not in the cart any more", labelId);
        }
        catch (ApiException error)
        {
            throw new PartnerApiException("Melhor Envio", error.StatusCode, $"removing label {labelId} from the cart failed", error.Content);
        }
    }

    /// <summary>
    /// Checkout spends the account balance and has no idempotency key, so the label's state is read first: a repeat
    /// (after a crash or a timeout) skips checkout once the label is paid, and generate once it is generated.
    /// </summary>
    public async Task<ShipmentLabel> PurchaseLabelAsync(string labelId, CancellationToken cancellationToken)
    {
        var label = await Call(() => api.GetLabelAsync(labelId, cancellationToken), labelId);
        var orders = new MelhorEnvioOrders([labelId]);
        if (MelhorEnvioStates.Map(label.Status) == ShipmentState.Cancelled)
        {
            throw new PartnerApiException("Melhor Envio", HttpStatusCode.Conflict, $"label {labelId} is {label.Status} and cannot be bought");
        }

        if (!MelhorEnvioStates.IsPaid(label.Status))
        {
            var checkout = await Call(() => api.CheckoutAsync(orders, cancellationToken), labelId);
            logger.LogInformation("Melhor Envio label {LabelId} paid (purchase {PurchaseStatus})", labelId, checkout.Purchase?.Status);
        }
        else
        {
            logger.LogInformation("Melhor Envio label {LabelId} already paid ({Status}); checkout skipped", labelId, label.Status);
        }

        if (label.GeneratedAt is null && MelhorEnvioStates.Map(label.Status) is ShipmentState.Pending or ShipmentState.Released)
        {
            var generated = await Call(() => api.GenerateAsync(orders, cancellationToken), labelId);
            if (generated.TryGetValue(labelId, out var result) && !result.Status)
            {
                throw new PartnerApiException("Melhor Envio", HttpStatusCode.OK, $"label {labelId} was not generated: {result.Message}");
            }
        }

        var print = await Call(() => api.PrintAsync(new MelhorEnvioPrintRequest("public", [labelId]), cancellationToken), labelId);
        var tracking = await TrackingOf(labelId, cancellationToken);
        logger.LogInformation("Melhor Envio label {LabelId} ready", labelId);
        return new ShipmentLabel(labelId, tracking?.Tracking ?? tracking?.MelhorenvioTracking, print.Url, tracking?.Protocol ?? label.Protocol);
    }

    /// <summary>The label's state is read first, so a repeat after a lost answer finds it cancelled and asks nothing.</summary>
    public async Task CancelLabelAsync(string labelId, string reason, CancellationToken cancellationToken)
    {
        var label = await Call(() => api.GetLabelAsync(labelId, cancellationToken), labelId);
        if (MelhorEnvioStates.Map(label.Status) == ShipmentState.Cancelled)
        {
            logger.LogInformation("Melhor Envio label {LabelId} already {Status}", labelId, label.Status);
            return;
        }

        var answer = await Call(() => api.CancelAsync(MelhorEnvioCancelRequest.For(labelId, reason), cancellationToken), labelId);
        if (!answer.TryGetValue(labelId, out var result) || !result.Canceled)
        {
            throw new PartnerApiException("Melhor Envio", HttpStatusCode.OK, $"label {labelId} was not cancelled (status {label.Status})");
        }

        logger.LogInformation("Melhor Envio label {LabelId} cancelled", labelId);
    }

    public async Task<ShipmentTracking> TrackAsync(string labelId, CancellationToken cancellationToken)
    {
        var tracking = await TrackingOf(labelId, cancellationToken)
            ?? throw new PartnerApiException("Melhor Envio", HttpStatusCode.NotFound, $"no tracking for label {labelId}");
        var state = MelhorEnvioStates.Map(tracking.Status);
        logger.LogDebug("Melhor Envio label {LabelId} is {State}", labelId, state);
        var code = string.IsNullOrWhiteSpace(tracking.Tracking) ? tracking.MelhorenvioTracking : tracking.Tracking;
        return new ShipmentTracking(
            labelId,
            state,
            code,
            MelhorEnvioStates.TrackingUrl(code),
            MelhorEnvioStates.Time(tracking.PostedAt),
            MelhorEnvioStates.Time(tracking.DeliveredAt));
    }

    public async Task<byte[]> DownloadLabelAsync(string url, CancellationToken cancellationToken)
    {
        // The public print link needs no token; the credentials handler only adds it under the API's base URL anyway.
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Absolute), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PartnerApiException("Melhor Envio", response.StatusCode, "label download failed", await response.Content.ReadAsStringAsync(cancellationToken));
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private async Task<MelhorEnvioTracking?> TrackingOf(string labelId, CancellationToken cancellationToken)
    {
        var map = await Call(() => api.TrackAsync(new MelhorEnvioOrders([labelId]), cancellationToken), labelId);
        return map.TryGetValue(labelId, out var tracking) ? tracking : null;
    }

    private static async Task<T> Call<T>(Func<Task<T>> call, string subject)
    {
        try
        {
            return await call();
        }
        catch (ApiException error)
        {
            throw new PartnerApiException("Melhor Envio", error.StatusCode, $"call for {subject} failed", error.Content);
        }
    }
}
