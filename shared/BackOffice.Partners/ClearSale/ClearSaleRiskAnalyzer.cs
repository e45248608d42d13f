using System.Net;
using BackOffice.Application.Partners.Risk;
using BackOffice.Partners.Http;
using Microsoft.Extensions.Logging;
using Refit;

namespace BackOffice.Partners.ClearSale;

/// <summary>The anti-fraud port on ClearSale Total. Logs order references and codes only.</summary>
public sealed class ClearSaleRiskAnalyzer(IClearSaleApi api, ILogger<ClearSaleRiskAnalyzer> logger) : IRiskAnalyzer
{
    public async Task SubmitAsync(RiskAnalysisRequest request, CancellationToken cancellationToken)
    {
        var order = ClearSaleOrderBuilder.Build(request);
        if (order.Billing.Phones is not { Count: > 0 })
        {
            // ClearSale asks for at least one phone; the storefront gave none the hub can read (the number is not logged).
            logger.LogWarning("Order {OrderRef} goes to ClearSale without a phone: the storefront sent none with an area code", request.OrderRef);
        }

        try
        {
            var answer = await api.SubmitOrderAsync(order, cancellationToken);
            var status = answer.Orders?.FirstOrDefault(o => string.Equals(o.Code, request.OrderRef, StringComparison.OrdinalIgnoreCase))?.Status;
            logger.LogInformation("ClearSale accepted order {OrderRef} with status {Status}", request.OrderRef, status);
        }
        catch (ApiException error) when ((int)error.StatusCode is >= 400 and < 500 && error.StatusCode != HttpStatusCode.Unauthorized && ClearSaleDuplicates.IsDuplicate(error.Content))
        {
            logger.LogInformation("ClearSale already has order {OrderRef}; the resubmission counts as done", request.OrderRef);
        }
        catch (ApiException error)
        {
            throw new PartnerApiException("ClearSale", error.StatusCode, $"order {request.OrderRef} was not accepted", error.Content);
        }
    }

    public async Task<RiskAssessment> GetAssessmentAsync(string orderRef, CancellationToken cancellationToken)
    {
        ClearSaleOrderStatus status;
        try
        {
            status = await api.GetStatusAsync(orderRef, cancellationToken);
        }
        catch (ApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            // ClearSale has no order with this code: the submission never reached it. Not a decision; the caller resubmits.
            logger.LogWarning("ClearSale has no analysis of order {OrderRef}", orderRef);
            return new RiskAssessment(orderRef, RiskDecision.NotSubmitted, "");
        }
        catch (ApiException error)
        {
            throw new PartnerApiException("ClearSale", error.StatusCode, $"status of order {orderRef} unavailable", error.Content);
        }

        var code = status.Status?.Trim().ToUpperInvariant() ?? "";
        // Debug: read on every risk callback and poll; the decision lands on the timeline and the call is a dependency span.
        logger.LogDebug("ClearSale status of order {OrderRef}: {Code}", orderRef, code);
        return new RiskAssessment(orderRef, ClearSaleDecisions.Map(orderRef, code), code);
    }
}
