using System.Net;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Lifecycle;

/// <summary>What ops do by hand, through the ops API, with its effects at the partners counted in the sandbox's ledger.</summary>
public sealed class OrderActionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HubOrderProbe _orders = new(Stack.Http());

    [Fact]
    public async Task DecideRisk_WhenOpsApproveAReview_OrderGoesOnToDeliveredWithOneEffectOfEachKind()
    {
        var orderId = await _orders.PostAsync("ana+review@example.com");
        await _orders.WaitForRiskCallbackAsync(orderId, Patience);

        using var approved = await _orders.ActAsync(orderId, "risk-decision", new { decision = "approve" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await _orders.WaitForStatusAsync(orderId, "Delivered", Patience);

        using var again = await _orders.ActAsync(orderId, "risk-decision", new { decision = "approve" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var effects = await Sandbox.EffectCountsAsync(orderId);
        Assert.All(effects, effect => Assert.Equal(1, effect.Value));
        Assert.Contains("pagarme charge.capture", effects.Keys);
        Assert.Contains("focusnfe nfe.issue", effects.Keys);
        Assert.Contains("melhorenvio shipment.checkout", effects.Keys);
    }

    [Fact]
    public async Task DecideRisk_WhenOpsDenyAReview_CancelsAndVoidsTheAuthorizationOnce()
    {
        var orderId = await _orders.PostAsync("ana+review@example.com");
        await _orders.WaitForRiskCallbackAsync(orderId, Patience);

        using var denied = await _orders.ActAsync(orderId, "risk-decision", new { decision = "deny" });
        Assert.Equal(HttpStatusCode.OK, denied.StatusCode);
        var order = await _orders.WaitForStatusAsync(orderId, "Cancelled", Patience);

        Assert.Contains("RiskDenied", HubOrderProbe.Events(order));
        var effects = await Sandbox.EffectCountsAsync(orderId);
        Assert.Equal(1, effects.GetValueOrDefault("pagarme charge.cancel"));
        Assert.DoesNotContain("pagarme charge.capture", effects.Keys);
        Assert.DoesNotContain("focusnfe nfe.issue", effects.Keys);
    }

    [Fact]
    public async Task Cancel_WhenTheNfeWasRejected_RefundsThePaymentOnceAndCancelsNoNfe()
    {
        var orderId = await _orders.PostAsync("ana+nfe-reject@example.com");
        await _orders.WaitForStatusAsync(orderId, "NeedsAttention", Patience);

        using var cancelled = await _orders.ActAsync(orderId, "cancel", new { reason = "customer gave up" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var order = await _orders.WaitForStatusAsync(orderId, "Cancelled", Patience);

        Assert.Contains("ChargeRefunded", HubOrderProbe.Events(order));
        var effects = await Sandbox.EffectCountsAsync(orderId);
        Assert.Equal(1, effects.GetValueOrDefault("pagarme charge.refund"));
        Assert.DoesNotContain("focusnfe nfe.cancel", effects.Keys);
    }

    [Fact]
    public async Task Retry_WhenTheNfeWasRejected_IssuesANewAttemptUnderANewReference()
    {
        var orderId = await _orders.PostAsync("ana+nfe-reject@example.com");
        await _orders.WaitForStatusAsync(orderId, "NeedsAttention", Patience);

        using var retried = await _orders.ActAsync(orderId, "retry", new { });
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var order = await Eventually.MatchesAsync(
            () => _orders.GetAsync(orderId),
            json => HubOrderProbe.Events(json).Count(name => name == "InvoiceRejected") == 2,
            Patience,
            "the second NF-e attempt rejected");

        Assert.Equal("NeedsAttention", order.GetProperty("status").GetString());
        Assert.Contains("OrderResumed", HubOrderProbe.Events(order));
        var effects = await Sandbox.EffectCountsAsync(orderId);
        Assert.Equal(2, effects.GetValueOrDefault("focusnfe nfe.issue"));
        Assert.Equal(1, effects.GetValueOrDefault("pagarme charge.capture"));
    }

    [Fact]
    public async Task Cancel_WhenDelivered_Answers409AndChangesNothing()
    {
        var orderId = await _orders.PostAsync("ana@example.com");
        var delivered = await _orders.WaitForStatusAsync(orderId, "Delivered", Patience);

        using var refused = await _orders.ActAsync(orderId, "cancel", new { reason = "too late" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(delivered.GetProperty("timeline").GetRawText(), (await _orders.GetAsync(orderId)).GetProperty("timeline").GetRawText());
    }

    [Theory]
    [InlineData("risk-decision", "")]
    [InlineData("risk-decision", "{")]
    [InlineData("cancel", "[]")]
    [InlineData("cancel", "")]
    [InlineData("cancel", "{\"reason\":")]
    public async Task Actions_WhenTheBodyIsEmptyOrNotJson_Answer400ProblemJson(string action, string body)
    {
        using var http = Stack.Http();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var refused = await http.PostAsync($"/api/ops/orders/hub-no-such-order/{action}", content);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }
}
